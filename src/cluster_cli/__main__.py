from cluster_cli.entry import main

main()
