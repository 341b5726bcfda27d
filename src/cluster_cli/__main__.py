from cluster_cli.cli import main

main()
