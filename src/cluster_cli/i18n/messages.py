"""Every sentence of the commands outside the reports: messages, errors, confirmations, help.

The same form as :mod:`cluster_cli.i18n.words`: each entry a :class:`Phrase` in both languages,
``{name}`` fields filled in by the caller (ids, paths, figures and user data, never translated).
Tests check that both languages have the same fields and that every phrase here is used.
Longer than 500 lines: a catalogue of one-line entries, which a translator reads as one list.
"""

from __future__ import annotations

from cluster_cli.i18n import Phrase

# ------------------------------------------------------------------ prefixes of stderr lines

ERROR = Phrase("cluster-cli：错误：{message}", "cluster-cli: error: {message}")
WARNING = Phrase("cluster-cli：警告：{message}", "cluster-cli: warning: {message}")
INTERRUPTED = Phrase("cluster-cli：已中断", "cluster-cli: interrupted")
INTERRUPTED_UNCHANGED = Phrase(
    "cluster-cli：已中断，未做任何更改", "cluster-cli: interrupted; nothing was changed"
)
INTERNAL = Phrase(
    "cluster-cli：内部错误：{kind}: {error}（加 --debug 再运行可看到调用栈；请报告此问题）",
    "cluster-cli: internal error: {kind}: {error} "
    "(run again with --debug for the traceback, and please report it)",
)
OUTPUT_NOT_WRITTEN = Phrase("输出无法写出：{reason}", "the output could not be written: {reason}")
OUTPUT_NOT_WRITTEN_AFTER_CHANGES = Phrase(
    "输出无法写出：{reason}；但命令对文件的更改已经保存，无需再次运行",
    "the output could not be written: {reason}; the command's changes to the files were saved "
    "all the same: there is no need to run it again",
)
NOT_UTF8_ARGUMENT = Phrase(
    "参数 {argument} 不是 UTF-8 文本（请把终端或脚本设为 UTF-8，例如 LANG=zh_CN.UTF-8）："
    "未做任何操作",
    "the argument {argument} is not UTF-8 text (set the terminal or the script to UTF-8, "
    "e.g. LANG=zh_CN.UTF-8): nothing was done",
)
BAD_LANG = Phrase("--lang 只能是 zh 或 en，不能是 {given}", "--lang must be zh or en, not {given}")
PLACE = Phrase("{path}：{where}", "{path}: {where}")
PROBLEM_AT = Phrase("{place}：{problem}", "{place}: {problem}")
LINE = Phrase("第 {line} 行", "line {line}")
LINES = Phrase("第 {lines} 行", "lines {lines}")
LIST_OF_LINES = Phrase("、", ", ")
LINE_COLUMN = Phrase("第 {line} 行第 {column} 列", "line {line}, column {column}")
DID_YOU_MEAN = Phrase("；您是否要找 {close}？", "; did you mean {close}?")

# ------------------------------------------------------------------ help of the app

APP_HELP = Phrase(
    "跟踪政策文件中公布的量化目标，对照其后公布的数值（内置示例：苏州产业创新集群）。",
    "Track the quantitative goals a policy publishes against the figures that come in later "
    "(built in: Suzhou's industrial innovation clusters).",
)
VERSION_HELP = Phrase("显示版本号。", "Print the version.")
DEBUG_HELP = Phrase(
    "出错时显示调用栈（可放在任何位置）。", "Show tracebacks on errors (accepted anywhere)."
)

# ------------------------------------------------------------------ help of each command

STATUS_HELP = Phrase("按集群列出目标及其进展。", "Show where the goals stand, grouped by cluster.")
SHOW_HELP = Phrase(
    "完整显示一个目标或背景指标：数值、历史、趋势与出处。",
    "Show one goal or context figure in full: figures, history, trend and source.",
)
UPDATE_HELP = Phrase(
    "为目标记录一个实际数值；同一期别再记录一次即为修订。",
    "Record an actual figure for a goal; a second figure for the same period revises it.",
)
LOG_HELP = Phrase(
    "按记录先后列出已记录的数值，标明修订与撤回。",
    "List recorded figures, oldest first, with revisions and retractions marked.",
)
UNDO_HELP = Phrase(
    "撤回最近记录的数值：追加一条撤回记录（不删除任何内容）。",
    "Retract the last recorded figure by appending a retraction (nothing is deleted).",
)
IMPORT_HELP = Phrase(
    "从 CSV 或 .xlsx 文件批量记录数值：先检查每一行，然后全部记录或全不记录。",
    "Record many figures from a CSV or .xlsx file: every row is checked first, then all or none.",
)
REPORT_HELP = Phrase(
    "生成进度报告：摘要、表格、每个目标的数值、历史与图表。",
    "Write a progress report: summary, tables, each goal's figures, history and chart.",
)
CHECK_HELP = Phrase(
    "校验目标登记表与台账；发现问题时逐一列出并以退出码 1 退出。",
    "Validate the registry and the ledger; exit 1 listing every problem found.",
)
INIT_HELP = Phrase(
    "把文章的目标登记表写入 目录/targets.toml，作为起点。",
    "Write the article's registry to DIR/targets.toml as a starting point.",
)
EXTRACT_HELP = Phrase(
    "找出中文政策文件中的量化目标，提出建议供审阅。",
    "Propose the quantified goals of a Chinese policy text, for review.",
)

# ------------------------------------------------------------------ help of the options

REGISTRY_HELP = Phrase(
    "目标登记表。默认：$CLUSTER_CLI_REGISTRY，否则 ./targets.toml，否则随 cluster-cli "
    "附带的文章目标。",
    "Registry of goals. Default: $CLUSTER_CLI_REGISTRY, else ./targets.toml, else the "
    "article's goals shipped with cluster-cli.",
)
LEDGER_HELP = Phrase(
    "已记录数值的台账。默认：$CLUSTER_CLI_LEDGER，否则登记表旁的 actuals.toml，"
    "否则（内置登记表）数据文件夹中的 actuals.toml。",
    "Ledger of recorded figures. Default: $CLUSTER_CLI_LEDGER, else actuals.toml beside the "
    "registry, else (built-in registry) actuals.toml in your data folder.",
)
AS_OF_HELP = Phrase(
    "按截至当天结束时已记录的内容计算（YYYY-MM-DD，UTC；只写年份即该年12月31日），"
    "用于准确重现旧报告。",
    "Compute from what had been recorded by the end of this day (YYYY-MM-DD, UTC; a year "
    "alone is its 31 December), to reproduce an old report exactly.",
)
LANG_HELP = Phrase(
    "输出语言：zh 或 en。默认：取自区域设置（locale）。",
    "Output language: zh or en. Default: from the locale.",
)
JSON_HELP = Phrase("输出 JSON 而非文字。", "Print JSON instead of text.")
DRY_RUN_HELP = Phrase(
    "只检查并显示将要记录的内容；不做任何更改。",
    "Check and show what would be recorded; change nothing.",
)
CLUSTER_HELP = Phrase(
    "只看此集群（id 或中英文名称）。可重复。", "Only this cluster (id, or its name). Repeatable."
)
REGION_HELP = Phrase(
    "只看此地区（id 或中英文名称）。可重复。", "Only this region (id, or its name). Repeatable."
)
STATUS_FILTER_HELP = Phrase(
    "只看此状态的目标（achieved, on-track, needs-acceleration, limited-progress, "
    "deteriorating, missed, insufficient-data，或 已完成 等状态名称）。可重复。",
    "Only goals with this status (achieved, on-track, needs-acceleration, limited-progress, "
    "deteriorating, missed, insufficient-data, or the status's words). Repeatable.",
)
NO_COLOR_HELP = Phrase(
    "不用颜色（也可设环境变量 NO_COLOR）。",
    "No colours (also: the NO_COLOR environment variable).",
)
SHOW_ID_HELP = Phrase(
    "目标或背景指标的 id（`status` 列出的 id），或其完整名称。",
    "Goal or context-figure id (as listed by `status`), or its exact name.",
)
GOAL_ARGUMENT_HELP = Phrase(
    "目标或背景指标的 id（例如 ic-scale），或其完整名称。",
    "Goal or context-figure id (e.g. ic-scale), or its exact name.",
)
VALUE_HELP = Phrase(
    "数值，以目标的单位或带单位：1250、1250亿元、4.69万亿、150名。"
    "负数写在 -- 之后、选项之后：--period 2024 -- -3.5",
    "The figure, in the goal's unit or with a unit: 1250, 1250亿元, 4.69万亿, 150名, "
    "'210 billion yuan'. "
    "A negative value goes after --, behind the options: --period 2024 -- -3.5",
)
PERIOD_HELP = Phrase(
    "年份（2024）或日期（2024-06-30），也可写作 2024年、2024/6/30、2024.6.30、2024年6月30日"
    "（与导入相同）。"
    "水平类目标（年产值）：记该年的数值；12月31日即该年，不接受其他日期，年初至今的数值不可比较。"
    "累计类目标：该年末的累计总数，或当天已知的累计数。",
    "A year (2024) or a date (2024-06-30), also written 2024/6/30, 2024.6.30 or in the "
    "Chinese forms with year, month and day (as import reads them). Level goals (annual "
    "output): the year's figure; 31 December is the year, other dates are refused, "
    "year-to-date figures are not comparable. Cumulative goals: the running total at the end "
    "of that year, or known on that day.",
)
SOURCE_HELP = Phrase("数值的出处。", "Where the figure comes from.")
NOTE_HELP = Phrase("随数值保存的备注。", "A remark kept with the figure.")
UNDO_NOTE_HELP = Phrase(
    "随撤回记录保存的备注：为何撤回（例如：统计局已修订）。",
    "A remark kept with the retraction: why the figure is withdrawn (e.g. revised by the bureau).",
)
LOG_GOAL_HELP = Phrase("只看此目标的记录。", "Only this goal's records.")
LONG_HELP = Phrase(
    "显示完整的记录 id，每条记录一行，不折行。",
    "Show whole record ids, one record a line.",
)
YES_HELP = Phrase("不再询问确认。", "Do not ask for confirmation.")
CSV_HEADER_HELP = Phrase(
    "目标,数值,期别[,来源,备注,单位]（或 target,value,period[,source,note,unit]）",
    "target,value,period[,source,note,unit] (or 目标,数值,期别[,来源,备注,单位])",
)
IMPORT_FILE_HELP = Phrase(
    "CSV（UTF-8、GBK 或 UTF-16；逗号、分号或制表符分隔）或 .xlsx，列为 "
    "target,value,period[,source,note,unit] 或 目标,数值,期别[,来源,备注,单位]。",
    "CSV (UTF-8, GBK or UTF-16; comma, semicolon or tab) or .xlsx with columns "
    "target,value,period[,source,note,unit] or 目标,数值,期别[,来源,备注,单位].",
)
MARKDOWN_HELP = Phrase(
    "带 Mermaid 图表的 Markdown（默认；除非 -o 的文件名指明其他格式：.html、.csv 或 .json；"
    "其他扩展名须写明格式）。",
    "Markdown with Mermaid charts (the default, unless -o names another format: .html, .csv "
    "or .json; a name with another extension needs a format flag).",
)
HTML_HELP = Phrase(
    "单个自包含的 HTML 页面（适合打印）。", "One self-contained HTML page (prints well)."
)
CSV_HELP = Phrase("每个目标一行，含引擎计算的数值。", "One row per goal with the engine's figures.")
DETAILS_HELP = Phrase(
    "详列多少个目标（Markdown、HTML）：超过时详列最需关注者，其余只在各集群表中。"
    "默认 100；all 为全部。",
    "How many goals to detail (Markdown, HTML): beyond, those that most need attention, the "
    "others only in the cluster tables. Default 100; all for every goal.",
)
LIMIT_HELP = Phrase(
    "最多列出多少个目标，即最需关注者；汇总仍计入全部目标。默认 100；all 为全部。",
    "List at most this many goals, those that most need attention; the tally still counts "
    "every goal. Default 100; all for every goal.",
)
REPORT_JSON_HELP = Phrase(
    "即 `status --json` 的 JSON 文档。", "The JSON document of `status --json`."
)
OUTPUT_HELP = Phrase(
    "写入此文件（原子写入），而非标准输出。",
    "Write to this file (atomically) instead of standard output.",
)
QUOTES_HELP = Phrase(
    "原文文件：登记表中的每条引文都必须出现在其中之一（忽略空白）。可重复。",
    "Source text(s): every quote in the registry must occur in one of them (whitespace "
    "ignored). Repeatable.",
)
STALE_AFTER_HELP = Phrase(
    "若某目标最新数值的期别结束已超过此时长（90d、6w、18m、2y，或 90天、18个月、2年），也判为失败；"
    "没有数值的目标从规划开始时算起。",
    "Also fail for each goal whose latest figure's period ended longer ago than this (90d, "
    "6w, 18m, 2y); a goal with no figure counts from its plan's start.",
)
INIT_DIR_HELP = Phrase("写入 targets.toml 的文件夹。", "Folder to write targets.toml into.")
REPORT_FORCE_HELP = Phrase(
    "-o 的文件已存在且不是 cluster-cli 写的报告时，仍然替换它。",
    "Replace the -o file even when it exists and is no report cluster-cli wrote.",
)
FORCE_HELP = Phrase(
    "覆盖已有文件。符号链接不会被写穿：targets.toml 是链接时一律拒绝，并指明它所指的文件。",
    "Overwrite an existing file. Never through a symbolic link: a targets.toml that is a link "
    "is refused, naming the file it leads to.",
)
EXTRACT_FILE_HELP = Phrase(
    "政策文件：.txt/.md（UTF-8、GBK/GB18030）、.html、.docx 或含文字的 .pdf。",
    "Policy text: .txt/.md (UTF-8, GBK/GB18030), .html, .docx or .pdf with text.",
)
EXTRACT_DATE_HELP = Phrase(
    "文件的日期，用于推算“今年”“明年”“未来5年”。默认：文中写明的印发日期（如有）。",
    "The document's date, for 今年, 明年, 未来5年. Default: the delivery date stated in the text, "
    "if any.",
)
EXTRACT_OUTPUT_HELP = Phrase(
    "把建议写成一个新的登记表文件（从不覆盖已有文件）。",
    "Write the proposals as a NEW registry file (never overwrites).",
)
EXTRACT_INTO_HELP = Phrase(
    "把新目标追加到此登记表，其中已有的每个字节都保持不变。",
    "Append the new goals to this registry, keeping every byte already there.",
)
EXTRACT_YES_HELP = Phrase(
    "与 --into 同用：不询问，直接追加。", "With --into: append without asking."
)

# ------------------------------------------------------------------ Click's own words
# The help layout and the usage errors of Typer's Click, in its English word for word.

USAGE_PREFIX = Phrase("用法：", "Usage: ")
# The placeholders of usage lines and option lists (FILE in `--output FILE`), as Chinese
# translations of git and coreutils write them: 用法：cluster-cli report [选项].
PLACEHOLDERS = {
    "OPTIONS": Phrase("选项", "OPTIONS"),
    "COMMAND": Phrase("命令", "COMMAND"),
    "ARGS": Phrase("参数", "ARGS"),
    "FILE": Phrase("文件", "FILE"),
    "DIR": Phrase("目录", "DIR"),
    "TEXT": Phrase("文本", "TEXT"),
    "GOAL": Phrase("目标", "GOAL"),
    "VALUE": Phrase("数值", "VALUE"),
    "PERIOD": Phrase("期别", "PERIOD"),
    "ID": Phrase("编号", "ID"),
    "DATE": Phrase("日期", "DATE"),
    "DURATION": Phrase("时长", "DURATION"),
    "STATUS": Phrase("状态", "STATUS"),
}
OPTIONS_HEADING = Phrase("选项：", "Options:")
ARGUMENTS_HEADING = Phrase("参数：", "Arguments:")
COMMANDS_HEADING = Phrase("命令：", "Commands:")
HELP_OPTION_HELP = Phrase("显示此帮助并退出。", "Show this message and exit.")
INSTALL_COMPLETION_HELP = Phrase(
    "为当前 shell 安装命令补全。", "Install completion for the current shell."
)
SHOW_COMPLETION_HELP = Phrase(
    "显示当前 shell 的补全脚本，以便复制或自行安装。",
    "Show completion for the current shell, to copy it or customize the installation.",
)
REQUIRED_MARK = Phrase("必填", "required")
DEFAULT_MARK = Phrase("默认：{value}", "default: {value}")
TRY_HELP = Phrase("运行 `{command} {option}` 查看帮助。", "Try '{command} {option}' for help.")
USAGE_ERROR = Phrase("错误：{message}", "Error: {message}")
NO_SUCH_OPTION = Phrase("没有选项 {option}{hint}", "No such option: {option}{hint}")
POSSIBLE_OPTIONS = Phrase("（可能是：{options}）", " (Possible options: {options})")
NEGATIVE_VALUE_HINT = Phrase(
    "；负数请写在选项之后的 -- 后面，例如：cluster-cli update 编号 --period 2024 -- -0.5",
    "; a negative value goes after --, behind the options: cluster-cli update ID --period 2024 "
    "-- -0.5",
)
NO_SUCH_COMMAND = Phrase("没有命令 {name}{hint}", "No such command {name}.{hint}")
COMMAND_SUGGESTION = Phrase("；您是否要找 {names}？", " Did you mean {names}?")
MISSING_COMMAND = Phrase("缺少命令。", "Missing command.")
MISSING_OPTION = Phrase("缺少选项 {name}。", "Missing option {name}.")
MISSING_ARGUMENT = Phrase("缺少参数 {name}。", "Missing argument {name}.")
OPTION_NEEDS_VALUE = Phrase("选项 {option} 需要一个值。", "Option {option} requires an argument.")
OPTION_NEEDS_VALUES = Phrase(
    "选项 {option} 需要 {count} 个值。", "Option {option} requires {count} arguments."
)
OPTION_TAKES_NO_VALUE = Phrase("选项 {option} 不接受值。", "Option {option} does not take a value.")
EXTRA_ARGUMENTS = Phrase(
    "多余的参数：{arguments}", "Got unexpected extra argument(s) ({arguments})"
)
VALUE_TAKEN_FROM_OPTION = Phrase(
    "；{option} 把 {value} 当作了自己的值，请在 {option} 后面写上它的值",
    "; {option} took {value} as its value: give {option} its own value first",
)
INVALID_VALUE_FOR = Phrase("{name} 的值无效：{message}", "Invalid value for {name}: {message}")
INVALID_VALUE = Phrase("值无效：{message}", "Invalid value: {message}")
ABORTED = Phrase("已中止。", "Aborted!")

# ------------------------------------------------------------------ update, import, undo

RECORD_WARNING = Phrase("{record}：{warning}", "{record}: {warning}")
YEAR_NOT_OVER = Phrase(
    "{year}年尚未结束：现在记录的年度数值只能是年初至今的数值或预计数，却将按全年数值计算；"
    "年初至今的数值（1-11月）请勿记录，预计数请在 --note 中注明，全年数值公布后再记录一次",
    "{year} is not over: a yearly figure recorded now can only be a figure so far or an "
    "estimate, yet it is judged as the year's; leave out a figure so far (Jan-Nov), say so in "
    "--note for an estimate, and record the year's figure once it is published",
)
YEAR_NOT_OVER_TOTAL = Phrase(
    "{year}年尚未结束：以年份记录的累计数代表年末的累计数；"
    "迄今的累计数请按日期记录（--period {day}）",
    "{year} is not over: a running total recorded for the year stands for the year's end; a "
    "total so far goes with its day (--period {day})",
)
FIGURE_FAR_ABOVE = Phrase(
    "这个数值是{compared}的 {times} 倍以上：请核对数值和单位（该项以 {unit} 计）",
    "this figure is {times} times {compared} or more: check the figure and its unit (the goal "
    "is in {unit})",
)
FIGURE_FAR_BELOW = Phrase(
    "这个数值不到{compared}的 {times} 分之一：请核对数值和单位（该项以 {unit} 计）",
    "this figure is less than 1/{times} of {compared}: check the figure and its unit (the goal "
    "is in {unit})",
)
PERCENT_AS_FRACTION = Phrase(
    "这个数值像是写成小数的百分比：该项以 % 计，{percent}% 应写作 {percent}，而不是 {value}",
    "this figure looks like a percentage written as a fraction: the goal is in %, and "
    "{percent}% is written {percent}, not {value}",
)
FIGURE_NOT_POSITIVE = Phrase(
    "这个数值为零或负数，而{compared}为正数：请核对数值和单位（该项以 {unit} 计）",
    "this figure is zero or less, while the goal's figures before it are positive ({compared}): "
    "check the figure and its unit (the goal is in {unit})",
)
COMPARED_TARGET = Phrase("目标值", "the target")
COMPARED_PUBLISHED = Phrase("登记表中的数值", "the registry's figure")
COMPARED_BASELINE = Phrase("基期值", "the baseline")
COMPARED_LATEST = Phrase("最新数值", "the latest figure")
COMPARED_JOINER = Phrase("、", ", ")
ALREADY_RECORDED = Phrase(
    "已记录过：{record} {details}，在 {path} 中；未写入任何内容",
    "already recorded: {record} {details} in {path}; nothing was written",
)
ALREADY_RECORDED_ROW = Phrase(
    "{file}：第 {line} 行：已记录过，跳过：{record} {details}",
    "{file}: line {line}: already recorded, skipped: {record} {details}",
)
ALREADY_RECORDED_EARLY_ROW = Phrase(
    "{file}：第 {line} 行：已记录过，跳过：{record} {details}；"
    "该数值是在该年结束前记录的，目标仍为暂定："
    "用 `cluster-cli update` 再次记录它，即确认为该年的最终数值",
    "{file}: line {line}: already recorded, skipped: {record} {details}; it was recorded before "
    "its year ended, so the goal stays provisional: record it again with `cluster-cli update` "
    "to confirm it as the year's final figure",
)
REVISED_SINCE_ROW = Phrase(
    "{file}：第 {line} 行：曾记录过，其后已修订，跳过：{record} {details}；"
    "现行数值为 {current} {current_details}；如确要恢复它，请用 `cluster-cli update` 记录",
    "{file}: line {line}: recorded before and revised since, skipped: {record} {details}; the "
    "figure that counts is {current} {current_details}; to restore it, record it with "
    "`cluster-cli update`",
)
RETRACTED_SINCE_ROW = Phrase(
    "{file}：第 {line} 行：曾记录过，其后已撤回，跳过：{record} {details}；"
    "撤回记录{retraction}；如确要恢复它，请用 `cluster-cli update` 记录",
    "{file}: line {line}: recorded before and retracted since, skipped: {record} {details}; "
    "retraction {retraction}; to restore it, record it with `cluster-cli update`",
)
WOULD_REVISE = Phrase("；这将修订 {record}（id {id}）", "; it would revise {record} (id {id})")
WOULD_RESTATE = Phrase(
    "；这将以新的来源或备注重述 {record}（id {id}），数值不变",
    "; it would restate {record} (id {id}) with a new source or note, the figure unchanged",
)
WOULD_CONFIRM = Phrase(
    "；这将确认年内记录的 {record}（id {id}）为该年的最终数值",
    "; it would confirm {record} (id {id}), recorded during its year, as the year's final figure",
)
WOULD_RECORD_IN = Phrase(
    "将记录 {record} {details}，写入 {path}{revision}",
    "would record {record} {details} in {path}{revision}",
)
RECORDED_IN = Phrase(
    "已记录 {record} {details}，写入 {path}", "recorded {record} {details} in {path}"
)
REVISED = Phrase(
    "已修订 {target} {period}：{old} -> {new}（原数值 id {id} 保留在历史中）",
    "revised {target} {period}: {old} -> {new} (the earlier figure, id {id}, stays in the history)",
)
RESTATED = Phrase(
    "已更新 {target} {period} 的来源或备注：数值 {new} 不变（原记录 id {id} 保留在历史中）",
    "restated {target} {period} with a new source or note: the figure, {new}, is unchanged (the "
    "earlier record, id {id}, stays in the history)",
)
CONFIRMED = Phrase(
    "已确认 {target} {period}：{new} 为该年的最终数值（年内记录的 {old}，id {id}，保留在历史中）",
    "confirmed {target} {period}: {new} is the year's final figure (the {old} recorded during "
    "the year, id {id}, stays in the history)",
)
LEDGER_CREATED = Phrase("cluster-cli：已新建台账 {path}", "cluster-cli: created the ledger {path}")
LEDGER_HEADER_WRITTEN = Phrase(
    "cluster-cli：{path} 没有 `[records]` 行（空文件）：已先写入台账表头",
    "cluster-cli: {path} had no `[records]` line (an empty file): wrote the ledger header first",
)
WILL_RETRACT = Phrase(
    "将撤回 {record}，记录于 {recorded_at} {details}",
    "will retract {record} recorded {recorded_at} {details}",
)
RETRACT_PROMPT = Phrase("确定撤回？", "Retract it?")
# A yes/no question at the terminal (commands/options.py: confirm). Enter alone is no.
CONFIRM_CHOICES = Phrase("［是 y / 否 n，默认否］：", " [y/N]: ")
CONFIRM_AGAIN = Phrase("请回答“是”（y）或“否”（n）。", "Please answer y or n.")
NOTHING_CHANGED = Phrase("未做任何更改", "nothing was changed")
NOT_CONFIRMED = Phrase(
    "未确认：标准输入不是终端；请加 --yes 再运行",
    "not confirmed: stdin is not a terminal; run again with --yes",
)
RETRACTED_MEANWHILE = Phrase(
    "{path}：{id} 已被另一个 cluster-cli 撤回；未做任何更改",
    "{path}: {id} was retracted meanwhile by another cluster-cli; nothing was changed",
)
RETRACTED = Phrase(
    "已撤回 {record}，记录于 {recorded_at} {details}；撤回记录 id {id}",
    "retracted {record} recorded {recorded_at} {details}; retraction id {id}",
)
NOTHING_TO_RETRACT = Phrase(
    "{path}：没有可撤回的已记录数值", "{path}: there is no recorded figure to retract"
)
NO_LEDGER_TO_RETRACT = Phrase(
    "{path}：没有这个台账，没有可撤回的数值（路径写错了吗？）",
    "{path}: there is no such ledger, so no figure to retract (is the name right?)",
)
CELL_CONTROL = Phrase(
    "“{column}”列：{found}；单元格只能是一行纯文本，这类字符可能改变终端的显示",
    "column {column}: {found}; a cell is one line of plain text, and such characters could "
    "change what a terminal shows",
)
NO_ROWS = Phrase("只有表头，没有数据行：无可导入", "has a header but no rows: nothing to import")
SAME_PERIOD = Phrase("（即 {other}：同一期别）", " (as {other}: the same period)")
DUPLICATE_ROW = Phrase(
    "重复的行：{target} {period} 已在第 {line} 行{same}",
    "duplicate row: {target} {period} is already on line {line}{same}",
)
BAD_ROWS = Phrase(
    "{count} 行有误；未记录任何内容：",
    "{count} bad rows; nothing was recorded:",
    "{count} bad row; nothing was recorded:",
)
MORE_BAD_ROWS = Phrase(
    "……另有 {count} 行有误（改正以上各行后再运行可看到）",
    "... and {count} more bad rows (run again once those above are mended)",
    "... and {count} more bad row (run again once those above are mended)",
)
WOULD_RECORD = Phrase("将记录 {record} {details}", "would record {record} {details}")
CHECKED_ROWS = Phrase(
    "已检查 {count} 条记录；未向 {path} 写入任何内容",
    "{count} records checked; nothing was written to {path}",
    "{count} record checked; nothing was written to {path}",
)
RECORDED = Phrase("已记录 {record} {details}", "recorded {record} {details}")
IMPORTED = Phrase(
    "已从 {file} 导入 {count} 条记录到 {path}",
    "imported {count} records from {file} into {path}",
    "imported {count} record from {file} into {path}",
)
RETRACTION_OF = Phrase("{target} {period}：撤回 {id}", "{target} {period}: retraction of {id}")
SOURCE_FIELD = Phrase("来源：{text}", "source: {text}")
NOTE_FIELD = Phrase("备注：{text}", "note: {text}")
ID_FIELD = Phrase("id {id}", "id {id}")
DETAILS = Phrase("（{parts}）", "({parts})")
SEPARATOR = Phrase("；", "; ")

# ------------------------------------------------------------------ log

NO_RECORDS = Phrase("{path} 中没有记录", "no records in {path}")
NO_RECORDS_BY = Phrase("{path} 中截至 {day} 没有记录", "no records in {path} recorded by {day}")
SUPERSEDED_BY = Phrase("已被 {id} 修订", "superseded by {id}")
RETRACTED_BY = Phrase("已被 {id} 撤回", "retracted by {id}")
# When a record was made, in `log`: as stamped, in UTC (as --as-of reads days), and said.
LOG_TIME = Phrase("{time} UTC", "{time} UTC")

# ------------------------------------------------------------------ check and init

CHECK_WARNING = Phrase("警告：{message}", "warning: {message}")
CHECK_PROBLEM = Phrase("问题：{message}", "problem: {message}")
CHECK_STALE = Phrase(
    "数据陈旧：{item}（--stale-after {after}）", "stale: {item} (--stale-after {after})"
)
CHECK_QUOTES_OK = Phrase(
    "；{count} 份原文包含全部引文",
    "; {count} source texts hold every quote",
    "; {count} source text holds every quote",
)
CHECK_FRESH = Phrase(
    "；每个目标都有比 {after} 更新的数值", "; every goal has a figure newer than {after}"
)
CHECK_OK = Phrase(
    "通过：{registry}：{targets} 个目标，{indicators} 个背景指标{checked}；"
    "{ledger}：{records} 条记录{fresh}",
    "ok: {registry}: {targets} targets, {indicators} indicators{checked}; "
    "{ledger}: {records} records{fresh}",
)
QUOTE_NOT_FOUND = Phrase(
    "{registry}：{id}.source.quote：在 {files} 中找不到：{quote}",
    "{registry}: {id}.source.quote: not found in {files}: {quote}",
)
NOT_A_DIRECTORY = Phrase("不是文件夹", "is not a directory")
ALREADY_EXISTS = Phrase(
    "已存在；如要覆盖请用 --force", "already exists; use --force to overwrite it"
)
FOLDER_NOT_MADE = Phrase(
    "{directory}：无法创建文件夹（{reason}）；未写入任何内容",
    "{directory}: the folder could not be made ({reason}); nothing was written",
)
INIT_WROTE = Phrase(
    "已写入 {path}：文章的 14 个目标与 13 个背景指标，附注释。",
    "wrote {path}: the article's 14 goals and 13 context figures, with comments.",
)
FILTER_NAMES_MANY = Phrase(
    "{option} {value} 是多个条目的名称（{ids}）：请用编号",
    "{option} {value} names several ({ids}): give an id",
)
INIT_COPY_NOT_KEPT = Phrase(
    "{path} 无法读取（{reason}），因而无法另存副本；未写入任何内容",
    "{path} cannot be read ({reason}), so no copy of it can be kept; nothing was written",
)
INIT_KEPT = Phrase("原来的 {path} 另存为 {copy}。", "the former {path} is kept as {copy}.")
INIT_FIGURES_ELSEWHERE = Phrase(
    "此前用内置登记表记录的 {count} 个数值在 {path}；{commands}读写 {beside}。"
    "如需沿用这些数值，请把该文件复制为 {beside}",
    "the {count} figures recorded so far with the built-in registry are in {path}; {commands} "
    "read and write {beside}. To go on with them, copy that file to {beside}",
    "the {count} figure recorded so far with the built-in registry is in {path}; {commands} "
    "read and write {beside}. To go on with it, copy that file to {beside}",
)
COMMANDS_HERE = Phrase("此文件夹中的命令今后", "commands in this folder now")
COMMANDS_IN = Phrase("在 {folder} 中运行的命令将", "commands run in {folder} will")
INIT_NEXT = Phrase(
    "请编辑它，然后运行 `cluster-cli check` 与 `cluster-cli status`。",
    "Edit it, then run `cluster-cli check` and `cluster-cli status`.",
)

# ------------------------------------------------------------------ status, show, report

# Worded as NO_SUCH_GOAL, which `log` and `update` give: the one phrase for an unknown goal
# once `show` (commands/status.py) gives NO_SUCH_GOAL too; then these two go.
UNKNOWN_FILTER = Phrase(
    "{option} {value} 不存在{hint}（已有：{known}）",
    "{option} {value} is unknown{hint} (known: {known})",
)
NAMED_LEDGER_MISSING = Phrase(
    "{path}：没有这个台账，按尚无记录处理（路径写错了吗？update 会创建它）",
    "{path}: there is no such ledger; read as one with no records yet (is the name right? "
    "update creates it)",
)
STAMPED_AFTER_TODAY = Phrase(
    "{path}：{count} 条记录的记录时间晚于今天（{day}）：{ids}；它们自所记日期起才计入"
    "（手工修改或时钟有误？运行 `cluster-cli check` 查看详情）",
    "{path}: {count} records stamped after today ({day}): {ids}; they count only from the day "
    "they name (a hand edit, or a clock set wrong? run `cluster-cli check` for details)",
    "{path}: {count} record stamped after today ({day}): {ids}; it counts only from the day "
    "it names (a hand edit, or a clock set wrong? run `cluster-cli check` for details)",
)
ORPHAN_RECORDS = Phrase(
    "{path}：登记表中没有的目标的记录被忽略：{ids}（运行 `cluster-cli check` 查看详情）",
    "{path}: records of goals the registry does not have are ignored: {ids} "
    "(run `cluster-cli check` for details)",
)
UNUSABLE_RECORD = Phrase(
    "{path}：记录 {id}（{target} {period}）的单位为 {unit}，无法换算为目标的单位：已忽略",
    "{path}: record {id} ({target} {period}) is in {unit}, which cannot be expressed in the "
    "goal's unit: ignored",
)
RECORD_IGNORED = Phrase(
    "{path}：记录 {id}：{problem}：已忽略", "{path}: record {id}: {problem}: ignored"
)
IMPLAUSIBLE_RECORD = Phrase(
    "{path}：记录 {id}（{target} {period}）：{problem}：已忽略",
    "{path}: record {id} ({target} {period}): {problem}: ignored",
)
ONE_FORMAT = Phrase(
    "只能给一个格式选项，不能同时给 {options}", "give only one format option, not {options}"
)
NAME_SAYS_NO_FORMAT = Phrase(
    "-o {output}：cluster-cli 不写 {suffix} 文件；请用 .md、.html、.csv 或 .json 命名，"
    "或用 --markdown、--html、--csv、--json 指明格式",
    "-o {output}: cluster-cli writes no {suffix} files; name it .md, .html, .csv or .json, or "
    "say the format with --markdown, --html, --csv or --json",
)
NAME_SAYS_FORMAT = Phrase(
    "-o {output}：文件名表明是 {named}，但 --{chosen} 要求 {chosen}；请按内容命名文件"
    "（例如 {suggestion}）",
    "-o {output}: the name says {named} but --{chosen} asks for {chosen}; name the file for "
    "its content (e.g. {suggestion})",
)
WOULD_OVERWRITE = Phrase(
    "-o {output}：这是{what}（{path}）；拒绝用报告覆盖它。请换一个文件名。",
    "-o {output}: that is the {what} ({path}); refusing to overwrite it with a report. "
    "Choose another file name.",
)
REPORT_NEVER_TOML = Phrase(
    "-o {output}：报告从不是 TOML 文件，.toml 文件是目标登记表或台账；拒绝写入。"
    "请换一个文件名，例如 report.md。",
    "-o {output}: a report is never TOML, and a .toml file is a registry or a ledger; refusing "
    "to write it. Choose another file name, such as report.md.",
)
WOULD_OVERWRITE_CONTENT = Phrase(
    "-o {output}：此文件的内容是 cluster-cli 的{what}；拒绝用报告覆盖它。请换一个文件名。",
    "-o {output}: that file holds a cluster-cli {what}; refusing to overwrite it with a report. "
    "Choose another file name.",
)
WOULD_REPLACE_A_FILE = Phrase(
    "-o {output}：此文件已存在，且不是 cluster-cli 写的报告（也许是表格或笔记）；拒绝覆盖它。"
    "请换一个文件名，或加 --force 替换它。",
    "-o {output}: that file exists and is no report cluster-cli wrote (a spreadsheet, notes?); "
    "refusing to overwrite it. Choose another file name, or add --force to replace it.",
)
THE_REGISTRY = Phrase("目标登记表", "registry")
THE_LEDGER = Phrase("台账", "ledger")
THE_LEDGER_LOCK = Phrase("台账的锁文件", "ledger's lock file")
THE_REGISTRY_LOCK = Phrase("登记表的锁文件", "registry's lock file")
INIT_WOULD_OVERWRITE = Phrase(
    "{path} 指向{what}（{target}）；拒绝用目标登记表覆盖它，未写入任何内容",
    "{path} leads to the {what} ({target}); refusing to overwrite it with a registry; nothing "
    "was written",
)
# init never writes through a link (docs/cli.md): the file it leads to may be a shared registry.
INIT_THROUGH_A_LINK = Phrase(
    "{path} 是指向 {target} 的符号链接；init 不经由链接写入（那会替换链接所指的文件，它可能是"
    "与他人共用的登记表）。若要在此新建登记表，请删除该链接（{target} 保持不变）后再运行 init；"
    "未写入任何内容",
    "{path} is a symbolic link to {target}; init does not write through a link (that would "
    "replace the file it leads to, perhaps a registry shared with others). To start a registry "
    "here, delete the link ({target} stays as it is) and run init again; nothing was written",
)
FILE_NAME_EMPTY = Phrase(
    "{option} 需要文件名，不能为空", "{option} needs a file name, not an empty one"
)
FOLDER_NAME_EMPTY = Phrase(
    "{option} 需要文件夹名，不能为空", "{option} needs a folder name, not an empty one"
)
FILE_NAME_DASH = Phrase(
    "{option} -：此处不能使用标准输入输出；请给出文件名，例如 {suggestion}",
    "{option} -: standard input and output cannot be used here; give a file name such as "
    "{suggestion}",
)
FILE_NAME_IS_FOLDER = Phrase(
    "{option} {value}：以 / 结尾，指的是文件夹；请给出文件名，例如 {suggestion}",
    "{option} {value}: ends with /, which names a folder; give a file name such as {suggestion}",
)
OUTPUT_IS_DIRECTORY = Phrase(
    "-o {output}：是文件夹；请给出文件名，例如 report.md",
    "-o {output}: is a directory; give a file name such as report.md",
)
GOAL_COUNT_BAD = Phrase(
    "{option} 应为目标个数（0 或更多）或 all，而不是 {value}",
    "{option} takes a number of goals (0 or more) or all, not {value}",
)
DETAILS_ONLY_DOCUMENTS = Phrase(
    "--details 只用于 Markdown 和 HTML 报告；{format} 报告总是包含每个目标",
    "--details is for Markdown and HTML reports; a {format} report always has every goal",
)
LIMIT_NOT_JSON = Phrase(
    "--limit 只用于终端仪表盘；--json 总是包含每个目标",
    "--limit is for the dashboard; --json always has every goal",
)
REPORT_DETAILS_LIMITED = Phrase(
    "报告详列最需关注的 {count} 个目标（共 {total} 个），其余目标只在各集群表中；"
    "--details all 详列全部",
    "the report details the {count} goals of {total} that most need attention, the others only "
    "in the cluster tables; --details all details every goal",
    "the report details the {count} goal of {total} that most needs attention, the others only "
    "in the cluster tables; --details all details every goal",
)
REPORT_WROTE = Phrase(
    "已写入 {output}（{format}，{count} 个目标）",
    "wrote {output} ({format}, {count} goals)",
    "wrote {output} ({format}, {count} goal)",
)
BUILT_IN_REGISTRY = Phrase("内置（文章中的目标）", "built-in (the article's goals)")

# ------------------------------------------------------------------ what a user typed

NAMES_MANY = Phrase(
    "{key} 对应 {count} 个目标：{ids}；请给出 id",
    "{key} names {count} goals: {ids}; give the id",
)
NO_SUCH_GOAL = Phrase(
    "登记表中没有目标或背景指标 {key}{hint}（`cluster-cli status` 会列出全部）",
    "no goal or indicator {key} in the registry{hint} (`cluster-cli status` lists them)",
)
YEARLY_FIGURE = Phrase(
    "{key} 是年度数值（{what}），请按年份记录（例如 --period {year}，"
    "待全年数值公布后）；{period} 是日期，年初至今的数值（1-8月、1-6月）不能与年度目标比较",
    "{key} is a yearly figure ({what}), so record it for a year (e.g. "
    "--period {year}, once the full-year figure is out); {period} is a date, and year-to-date "
    "figures (1-8月, 1-6月) are not comparable with an annual target",
)
YEARLY_LEVEL = Phrase("如年产值这样的水平值", "a level such as annual output")
YEARLY_SHARE = Phrase("全年的比重或比率", "a share or ratio for the whole year")
YEARLY_RATE = Phrase("全年的增速", "a growth rate for the whole year")
COUNT_NEGATIVE = Phrase(
    "{value}：{key} 计数单位为 {unit}，计数不能为负",
    "{value}: {key} counts {unit}, and a count cannot be negative",
)
COUNT_WHOLE = Phrase(
    "{value}：{key} 计数单位为 {unit}，请给出整数",
    "{value}: {key} counts {unit}, so give a whole number",
)
LINE_BREAK_AT = Phrase(
    "第 {position} 个字符处的换行符（U+{code}）", "a line break (U+{code}) at character {position}"
)
CONTROL_AT = Phrase(
    "第 {position} 个字符处的控制字符（U+{code}）",
    "a control character (U+{code}) at character {position}",
)
CONTROL_CHARACTER = Phrase(
    "{label} 含有 {found}：它按一行纯文本保存，这类字符可能改变终端的显示；请删去",
    "{label} holds {found}: it is kept as one line of plain text, and such characters could "
    "change what a terminal shows; remove it",
)

# ------------------------------------------------------------------ files

# Reading a spreadsheet to import (files/csv_import.py): its columns, by their header names.
CSV_COLUMNS = {
    "target": Phrase("目标", "target"),
    "value": Phrase("数值", "value"),
    "period": Phrase("期别", "period"),
    "source": Phrase("来源", "source"),
    "note": Phrase("备注", "note"),
    "unit": Phrase("单位", "unit"),
}
CSV_TWO_UNITS = Phrase(
    "数值 {value} 自带单位，而单位列写的是 {unit}：请只保留一个",
    "the value {value} has a unit of its own, and the unit column says {unit}: keep one",
)
CSV_NOT_DECODABLE = Phrase(
    "既不是 UTF-8、GB18030/GBK 也不是 UTF-16 文本（第 {byte} 字节）；请另存为“CSV UTF-8”"
    "（Excel、WPS）或 .xlsx",
    "is neither UTF-8, GB18030/GBK nor UTF-16 text (byte {byte}); save it as “CSV UTF-8” "
    "(Excel, WPS) or as .xlsx",
)
CSV_BAD_ENCODING = Phrase(
    "不是有效的 {encoding}（第 {byte} 字节）；请重新保存",
    "is not valid {encoding} (byte {byte}); save it again",
)
CSV_EMPTY = Phrase(
    "是空文件：第一行必须是表头 {header}", "is empty: the first row must be the header {header}"
)
CSV_UNKNOWN_COLUMNS = Phrase(
    "未知的列 {columns}", "unknown columns {columns}", "unknown column {columns}"
)
CSV_MISSING_COLUMNS = Phrase(
    "缺少列 {columns}", "missing columns {columns}", "missing column {columns}"
)
CSV_BAD_HEADER = Phrase(
    "{problem}：第一行必须是表头 {header}", "{problem}: the first row must be the header {header}"
)
CSV_DUPLICATE_COLUMN = Phrase(
    "表头中 {column} 列出现了两次（{cells}）",
    "the column {column} appears twice in the header ({cells})",
)
CSV_TOO_MANY_CELLS = Phrase(
    "有 {cells} 个单元格，但只有 {columns} 列", "{cells} cells but {columns} columns"
)
CSV_QUOTE_COMMAS = Phrase(
    '；含逗号的单元格须加双引号：带千位分隔符的数字请写成 "1,250" 或去掉分隔符（1250）',
    "; a cell holding a comma must be in double quotes: write a number with a thousands "
    'separator as "1,250", or remove the separator (1250)',
)
CSV_SPLIT_NUMBER = Phrase(
    "数值 {value} 之后紧接着未加引号的“{column}”列 {next}：这像是带千位分隔符的数字被逗号拆成了"
    '两个单元格；请把数字连同分隔符加上双引号（"{joined}"），或去掉分隔符（{plain}）；'
    '如果 {next} 确实是单独的“{column}”，请给它加上双引号（"{rest}"）',
    "the value {value} is followed, unquoted, by {next} in column {column}: a number with a "
    "thousands separator split in two by its comma, it seems; quote the number with its "
    'separator ("{joined}"), or remove the separator ({plain}); if {next} really is the '
    '{column}, quote it ("{rest}")',
)
CSV_INVALID = Phrase("不是有效的 CSV：{problem}", "is not valid CSV: {problem}")
CSV_UNCLOSED_QUOTE = Phrase(
    '有带引号的单元格没有闭合（缺少 "）', 'a quoted cell is never closed (a missing ")'
)
CSV_UNCLOSED_TO_END = Phrase(
    "{problem}；这一行从第 {line} 行一直延续到文件末尾",
    "{problem}; the row takes every line from {line} to the end",
)
# Python's csv module, word for word in English (read back to be given in Chinese).
CSV_MODULE_ERRORS = (
    Phrase("含有 NUL 字符", "line contains NUL"),
    Phrase("引号之后应是 {sign}", "{sign} expected after '\"'"),
    Phrase("单元格长于 {limit} 个字符", "field larger than field limit ({limit})"),
    Phrase(
        "未加引号的单元格中有换行符",
        "new-line character seen in unquoted field - do you need to open the file with newline=''?",
    ),
)
XLSX_NEEDS_OPENPYXL = Phrase(
    "读取 .xlsx 需要 openpyxl：pip install 'cluster-cli[xlsx]'，或把表格另存为“CSV UTF-8”",
    "reading .xlsx needs openpyxl: pip install 'cluster-cli[xlsx]', or save the sheet as "
    "“CSV UTF-8”",
)
XLSX_UNREADABLE = Phrase(
    "不是可读的 .xlsx 工作簿（{error}）", "is not a readable .xlsx workbook ({error})"
)
XLSX_DAMAGED = Phrase("文件已损坏，或并非以 .xlsx 格式保存", "damaged, or not saved as .xlsx")
XLSX_TOO_WIDE = Phrase(
    "第一个工作表宽 {columns} 列，超出可读的 {limit} 列：请删除右侧多余的单元格后重新保存",
    "the first sheet is {columns} columns wide, more than the {limit} read: delete the stray "
    "cells on the right and save it again",
)
XLSX_FIRST_SHEET_EMPTY = Phrase(
    "第一个工作表是空的：数值从第一个工作表读取，表头为 {header}",
    "the first sheet is empty: figures are read from the first sheet, with the header {header}",
)
# A value cell whose number format cannot be read safely (files/number_formats.py).
XLSX_CELL = Phrase(
    "“{column}”列（{cell} 单元格）：{problem}", "column {column} (cell {cell}): {problem}"
)
XLSX_FORMULA_UNSAVED = Phrase(
    "公式 {formula} 没有保存的计算结果（工作簿由程序生成，未在 Excel 或 WPS 中打开保存过）："
    "请在 Excel 或 WPS 中打开并保存后再导入，或另存为“CSV UTF-8”",
    "the formula {formula} has no saved result (the workbook was written by a program and never "
    "saved in Excel or WPS): open and save it there, then import it again, or save it as "
    "“CSV UTF-8”",
)
XLSX_FORMAT_REFUSED = Phrase(
    "数字格式 {format} {why}：请改用“常规”或“数值”格式，或把数值连同单位写成文字（如 4.3%、"
    "44343.9亿元）",
    "the number format {format} {why}: use the General or Number format, or type the figure "
    "with its unit as text (4.3%, 44343.9亿元)",
)
XLSX_FORMAT_SCALES = Phrase(
    "以千或百万为单位显示数值（作缩放用的逗号）",
    "shows the figure in thousands or millions (a scaling comma)",
)
XLSX_FORMAT_TEXT = Phrase(
    "在数字旁写有 {text}，它不是可识别的单位（亿元、万元、元、家、名、项、个、%）",
    "writes {text} beside the figure, which is not a known unit "
    "(亿元, 万元, 元, 家, 名, 项, 个, %)",
)
XLSX_FORMAT_TWO_UNITS = Phrase("含有不止一个 % 或单位", "holds more than one % or unit")
XLSX_FORMAT_HIDES = Phrase(
    "不显示这个单元格的数值（隐藏、显示为文字、空白或“-”，或没有适用于它的部分）",
    'shows no number for this cell\'s value (it is hidden, shown as text, blank or "-", or '
    "no section is for it)",
)
XLSX_FORMAT_NO_SIGN = Phrase(
    "显示这个负数时不带负号（负数部分没有写 - 或括号）",
    "shows this negative figure without its minus sign (its section writes no - or parentheses)",
)
XLSX_FORMAT_SECTIONS = Phrase(
    "对正数、负数或零的显示方式不一致", "shows positive, negative or zero figures in different ways"
)
IMPORT_IS_TOML = Phrase(
    "是 TOML 文件（台账或目标登记表），不是表格：import 读取 CSV 或 .xlsx",
    "is a TOML file (a ledger or a registry), not a spreadsheet: import reads CSV or .xlsx",
)
CSV_IS_WORKBOOK = Phrase(
    "这是 Excel 工作簿（.xlsx），不是 CSV：请把文件扩展名改为 .xlsx",
    "is an Excel workbook (.xlsx), not a CSV file: name it with the .xlsx extension",
)
CSV_IS_OLD_EXCEL = Phrase(
    "这是旧版 Excel 文件（.xls）：请另存为 .xlsx 或“CSV UTF-8”",
    "is an old Excel file (.xls): save it as .xlsx or as “CSV UTF-8”",
)
NO_SUCH_FILE = Phrase("文件不存在", "no such file")
NO_SUCH_FILE_NAMED_BY = Phrase(
    "文件不存在（这个文件名来自环境变量 {variable}）",
    "no such file (the name comes from {variable})",
)
IS_DIRECTORY_NOT = Phrase("是文件夹，不是{what}", "is a directory, not a {what}")
PERMISSION_DENIED = Phrase(
    "没有权限：无法读取{what}", "permission denied: the {what} cannot be read"
)
# What the system says when a file cannot be read or written, by its error number: the
# English is the system's own (glibc's), used as it comes; the Chinese stands in for it.
OS_REASONS = {
    "ENOENT": Phrase("文件或文件夹不存在", "No such file or directory"),
    "EACCES": Phrase("没有权限", "Permission denied"),
    "EPERM": Phrase("不允许的操作", "Operation not permitted"),
    "ENOSPC": Phrase("磁盘空间不足", "No space left on device"),
    "EDQUOT": Phrase("超出磁盘配额", "Disk quota exceeded"),
    "EROFS": Phrase("只读文件系统", "Read-only file system"),
    "EISDIR": Phrase("是文件夹", "Is a directory"),
    "ENOTDIR": Phrase("不是文件夹", "Not a directory"),
    "EEXIST": Phrase("文件已存在", "File exists"),
    "ENAMETOOLONG": Phrase("文件名太长", "File name too long"),
    "EIO": Phrase("输入/输出错误", "Input/output error"),
    "EMFILE": Phrase("打开的文件太多", "Too many open files"),
    "ELOOP": Phrase("符号链接的层数太多", "Too many levels of symbolic links"),
    "EBUSY": Phrase("设备或资源忙", "Device or resource busy"),
    "ETXTBSY": Phrase("文件正在使用", "Text file busy"),
    "EXDEV": Phrase("不能跨设备链接", "Invalid cross-device link"),
    "EINVAL": Phrase("参数无效", "Invalid argument"),
    "EAGAIN": Phrase("资源暂时不可用", "Resource temporarily unavailable"),
    "ENXIO": Phrase("没有那个设备或地址", "No such device or address"),
    "EFBIG": Phrase("文件太大", "File too large"),
    "EPIPE": Phrase("管道已断开", "Broken pipe"),
    "EBADF": Phrase("文件描述符无效", "Bad file descriptor"),
}
CANNOT_BE_READ = Phrase("无法读取：{reason}", "cannot be read: {reason}")
NOT_A_FILE = Phrase(
    "是{kind}，不是文件：请给出文件的路径", "is {kind}, not a file: give the path of a file"
)
A_FILE = Phrase("文件", "file")
A_DIRECTORY = Phrase("文件夹", "a directory")
A_PIPE = Phrase("管道", "a pipe")
A_SOCKET = Phrase("套接字", "a socket")
A_DEVICE = Phrase("设备", "a device")
NOT_REGULAR = Phrase("非普通文件", "not a regular file")
A_LEDGER_FILE = Phrase("台账文件", "ledger file")
NOT_UTF8_FILE = Phrase(
    "不是有效的 UTF-8（第 {byte} 字节，第 {line} 行）；请另存为 UTF-8",
    "is not valid UTF-8 (byte {byte}, line {line}); save it as UTF-8",
)
INVALID_TOML = Phrase("TOML 格式错误：{message}", "invalid TOML: {message}")
EMPTY_REGISTRY = Phrase(
    "是空的：登记表需要 [sources]、[clusters]、[regions] 和 [targets] 表"
    "（运行 `cluster-cli init`）",
    "is empty: a registry needs [sources], [clusters], [regions] and [targets] tables (run "
    "`cluster-cli init`)",
)
INVALID_REGISTRY = Phrase("登记表无效：\n  {details}", "invalid registry:\n  {details}")

# ------------------------------------------------------------------ values and periods

EMPTY_GOAL = Phrase(
    "目标为空：请给出目标的编号或名称", "the goal is empty: give a goal's id or name"
)
EMPTY_CELLS_MERGED = Phrase(
    "（电子表格的合并单元格只在第一行有值）",
    " (a merged cell of a spreadsheet holds its value in its first row only)",
)
EMPTY_PERIOD = Phrase(
    "期别为空：请给出年份（2024）或日期（2024-06-30）",
    "the period is empty: give a year (2024) or a date (2024-06-30)",
)
EMPTY_VALUE = Phrase(
    "数值为空：请给出数字，例如 1250 或 1250亿元",
    "the value is empty: give a number such as 1250 or 1250亿元",
)
NOT_FINITE = Phrase("{text} 不是有限的数", "{text} is not a finite number")
NOT_A_QUANTITY = Phrase(
    "{text} 不是数字（可带单位）（例如：1250、1,250.5、1250亿元、4.69万亿、150名）{hint}",
    "{text} is not a number with an optional unit (examples: 1250, 1,250.5, 1250亿元, 4.69万亿, "
    "150名){hint}",
)
COMMA_HINT = Phrase(
    "；逗号用于千位分隔（1,250.5），小数请用小数点",
    "; commas group thousands (1,250.5), use a point for decimals",
)
DATE_HINT = Phrase(
    "（日期请写成 YYYY-MM-DD，例如 2024-06-30）", " (write dates as YYYY-MM-DD, e.g. 2024-06-30)"
)
AMOUNT_OF_MONEY = Phrase("金额", "an amount of money")
AMOUNT_IN_YUAN = Phrase("人民币金额", "an amount in yuan")
AMOUNT_IN_US_DOLLARS = Phrase("美元金额", "an amount in US dollars")
A_COUNT = Phrase("计数", "a count")
A_PERCENTAGE = Phrase("百分比", "a percentage")
A_MEASURE = Phrase("实物量", "a physical quantity")
NOT_A_NUMBER = Phrase("{text} 不是数字", "{text} is not a number")
UNKNOWN_FIGURE_UNIT = Phrase(
    "{text}：{word} 不是已知的单位；此目标以 {symbol} 计量（例如：{example}，或不带单位的数字）",
    "{text}: {word} is not a unit cluster-cli knows; this goal is measured in {symbol} (for "
    "example {example}, or a bare number)",
)
PERCENT_MAGNITUDE = Phrase(
    "{text}：百分比不能带数量级（万、亿）",
    "{text}: a magnitude (万, 亿) makes no sense for a percentage",
)
WRONG_UNIT = Phrase(
    "{text} 的单位是 {written}（{what}），但此目标以 {symbol}（{description}）计量",
    "{text} is in {written} ({what}), but this goal is measured in {symbol} ({description})",
)
PERIOD_YEAR_RANGE = Phrase(
    "期别 {text} 不合理：请给出 {earliest} 到 {latest} 之间的年份",
    "period {text} is implausible: give a year between {earliest} and {latest}",
)
PERIOD_BAD_DATE = Phrase("期别 {text} 不是有效日期", "period {text} is not a valid date")
PERIOD_TOO_EARLY = Phrase(
    "期别 {text} 不合理：请给出 {earliest} 年以后的日期",
    "period {text} is implausible: give a date from {earliest} on",
)
PERIOD_FUTURE = Phrase(
    "期别 {text} 不合理：今天（{today}，UTC）之后的日子不可能已有数值",
    "period {text} is implausible: a figure cannot be known for a day after today ({today}, UTC)",
)
PERIOD_NOT_UNDERSTOOD = Phrase(
    "期别 {text} 不是年份（2024）或日期（2024-06-30）{hint}；年初至今的数值（1-8月）"
    "按其截止日期记录，且只用于累计总数",
    "period {text} is not a year (2024) or a date (2024-06-30){hint}; year-to-date figures "
    "(1-8月) are recorded at their end date, for running totals only",
)
NOTHING_SELECTED = Phrase(
    "没有符合筛选条件的目标（{filters}）：输出中没有目标",
    "no goal matches the filters ({filters}): the output holds none",
)
AS_OF_NOT_DATE = Phrase(
    "--as-of {text} 不是日期（YYYY-MM-DD）或年份",
    "--as-of {text} is not a date (YYYY-MM-DD) or a year",
)
AS_OF_FUTURE = Phrase(
    "--as-of {text} 在未来：到那时不可能已有记录（今天是 {today}，UTC）",
    "--as-of {text} is in the future: nothing can have been recorded by then (today is {today}, "
    "UTC)",
)
NOT_A_DURATION = Phrase(
    "--stale-after {text} 不是时长：请用数字加 d、w、m 或 y（90d、6w、18m、2y），"
    "或写作 90天、6周、18个月、2年",
    "--stale-after {text} is not a duration: use a number and d, w, m or y (90d, 6w, 18m, 2y)",
)

# ------------------------------------------------------------------ check: stale goals, records

STALE_NO_FIGURE = Phrase(
    "{target}：自规划开始（{start}）以来没有记录任何数值",
    "{target}: no figure recorded since the plan started ({start})",
)
STALE_LATEST = Phrase(
    "{target}：最新数值的期别为 {period}（截至 {end}）",
    "{target}: latest figure is for {period} (ends {end})",
)
RETRACTS_ITSELF = Phrase(
    "撤回的是它自己，不撤回任何数值", "retracts itself, which withdraws nothing"
)
RETRACTS_A_RETRACTION = Phrase(
    "撤回的 {id} 本身是一条撤回记录：撤回记录不能被撤回，它不撤回任何数值；要恢复被撤回的数值，"
    "请再记录一次",
    "retracts {id}, itself a retraction: a retraction cannot be withdrawn, so it withdraws "
    "nothing; to bring back the figure, record it again",
)
COUNT_NOT_WHOLE_VALUE = Phrase(
    "{value} {unit}：计数必须是非负整数",
    "{value} {unit}: a count must be a whole number, 0 or more",
)
VALUE_IGNORED = Phrase(
    "{goal} {period} = {problem}（update 会拒绝它）",
    "{goal} {period} = {problem} (update refuses it)",
)
RATE_BELOW_FLOOR = Phrase(
    "{value}%：增速不能低于 −100%",
    "{value}%: a growth rate cannot be below −100%",
)
RATE_BELOW_FLOOR_TYPED = Phrase(
    "{value}：{key} 是增速（%），不能低于 −100%（低于 −100% 意味着总量为负）",
    "{value}: {key} is a growth rate in %, which cannot be below −100% (the quantity would fall "
    "below nothing)",
)
LEDGER_IS_SPREADSHEET = Phrase(
    "（台账是 cluster-cli 的 TOML 文件；要把表格中的数值记入台账，"
    "请运行 cluster-cli import {path}）",
    " (a ledger is cluster-cli's TOML file; to record the figures of a spreadsheet, run "
    "cluster-cli import {path})",
)
LEDGER_RECORD = Phrase("{ledger}：记录 {id}：{problem}", "{ledger}: record {id}: {problem}")
CHECK_FAR_OFF = Phrase(
    "{ledger}：记录 {id}（{goal} {period}）：{problem}",
    "{ledger}: record {id} ({goal} {period}): {problem}",
)
RECORD_GOAL_UNKNOWN = Phrase(
    "登记表中没有目标或背景指标 {goal}", "no goal or indicator {goal} in the registry"
)
RETRACTS_NOTHING = Phrase("撤回的 {id} 不在台账中", "retracts {id}, which is not in the ledger")
RETRACTS_OTHER_GOAL = Phrase(
    "撤回的 {id} 属于 {other}，但本记录指明的是 {goal}",
    "retracts {id} of {other}, but names {goal}",
)
RETRACTS_OTHER_PERIOD = Phrase(
    "撤回的 {id} 是 {other} 期的数值，但本记录写的期别是 {period}（仍会撤回该数值）；请改为 "
    'period = "{other}"，与被撤回的记录一致',
    "retracts {id}, a figure for {other}, but names the period {period} (it withdraws that "
    'figure all the same); write period = "{other}", as in the record it withdraws',
)
RECORDED_LATER = Phrase(
    "记录时间 {recorded} 晚于今天（UTC）：在那天之前，此数值不参与任何计算",
    "recorded_at {recorded} is after today (UTC): the figure counts in nothing before that day",
)
STORED_DATE_FOR_YEARLY = Phrase(
    "期别 {period} 是日期，而此数值按年计算（年初至今的数值不能与年度目标比较）",
    "period {period} is a date, for a figure counted by the year (a year-to-date figure is "
    "not comparable with a yearly target)",
)
PERIOD_IGNORED = Phrase("{goal} {problem}；此数值被忽略", "{goal} {problem}; the figure is ignored")
UNIT_IGNORED = Phrase(
    "{goal} {period} 的单位为 {unit}，无法换算为目标的单位 {goal_unit}；此数值被忽略",
    "{goal} {period} is in {unit}, which cannot be expressed in the goal's unit {goal_unit}; "
    "the figure is ignored",
)

# ------------------------------------------------------------------ the ledger file

LEDGER_CONFLICT = Phrase(
    "未解决的 git 合并冲突：请保留两边的记录行，删去标记行（<<<<<<<、=======、>>>>>>>），"
    "然后运行 `cluster-cli check`；在 .gitattributes 中写上 `actuals.toml merge=union` "
    "就不会出现这种情况",
    "an unresolved git merge conflict: keep the record lines of both sides and delete the "
    "marker lines (<<<<<<<, =======, >>>>>>>), then run `cluster-cli check`; with "
    "`actuals.toml merge=union` in .gitattributes it cannot happen",
)
DUPLICATE_RECORD = Phrase(
    "记录 {id} 出现了两次（另见第 {first} 行）：一个 id 只对应一条记录；请删去不该有的那一行",
    "record {id} appears twice (also on line {first}): an id is one record; delete the line "
    "that should not be there",
)
BEFORE_RECORDS = Phrase(
    "{line} 出现在任何 `[records]` 行之前，因此此文件不是 cluster-cli 台账{changed}。"
    "如果这一行及以下各行是旧版 cluster-cli 写入的记录，请在它们上方加一行 `[records]`",
    "{line} comes before any `[records]` line, so this file is not a cluster-cli "
    "ledger{changed}. If this line and the ones below it are records written by an older "
    "cluster-cli, add a line `[records]` above them",
)
AND_NOTHING_CHANGED = Phrase("，未做任何更改", " and nothing was changed")
PERIOD_NOT_YEAR_OR_DATE = Phrase(
    "期别 {period} 不是 YYYY 或 YYYY-MM-DD", "period {period} is not YYYY or YYYY-MM-DD"
)
STORED_PERIOD_TOO_EARLY = Phrase(
    "期别 {period} 早于 {earliest} 年", "period {period} is before {earliest}"
)
STORED_PERIOD_NOT_BEGUN = Phrase(
    "记录数值时（{recorded}）期别 {period} 尚未开始",
    "period {period} had not begun when the figure was recorded ({recorded})",
)
PERIOD_NOT_REAL_DATE = Phrase("期别 {period} 不是真实的日期", "period {period} is not a real date")
RECORDED_AT_NOT_UTC = Phrase(
    "recorded_at {stamp} 不是以 Z 结尾的 ISO 8601 UTC 时间（例如 2024-06-30T08:15:02.123456Z）",
    "recorded_at {stamp} is not an ISO 8601 UTC time ending in Z "
    "(e.g. 2024-06-30T08:15:02.123456Z)",
)
RECORD_PROBLEM = Phrase("记录 {id}：{problem}", "record {id}: {problem}")
TARGET_EMPTY = Phrase("target 为空", "target is empty")
VALUE_NOT_FINITE = Phrase("value 必须是有限的数", "value must be a finite number")
VALUE_TOO_LARGE = Phrase(
    "value 超出 ±{limit}：不是真实的数值", "value is beyond ±{limit}, past any real figure"
)
RETRACTION_WITH_VALUE = Phrase("撤回记录不能有 value", "a retraction has no value")
KEY_MISSING = Phrase("缺少键 '{key}'", "the key '{key}' is missing")
RECORD_NOT_TABLE = Phrase("记录 {id} 不是表 {shape}", "record {id} is not a table {shape}")
UNKNOWN_RECORD_KEYS = Phrase("未知的键 {keys}", "unknown key(s) {keys}")
NOT_A_STRING = Phrase("{key} 必须是字符串", "{key} must be a string")
VALUE_NOT_NUMBER = Phrase("value 必须是数字", "value must be a number")
NOT_A_RECORD_LINE = Phrase("不是记录行：{shape}", "not a record line: {shape}")
LEDGER_NOT_UTF8 = Phrase(
    "不是有效的 UTF-8（第 {byte} 字节）；请在编辑器中另存为 UTF-8 编码",
    "is not valid UTF-8 (byte {byte}); save it as UTF-8 in your editor",
)
TORN_TAIL = Phrase(
    "末尾有一条未写完的记录（写入被中断，或手写时缺了结尾的 }}），已忽略；下一次 update 会将其删去"
    "（如需保留，请补全后在行末换行）：{preview}",
    "an unfinished record at the end (a write that was interrupted, or a line typed without its "
    "closing }}) is ignored; the next update removes it (to keep it, complete it and end the "
    "line): {preview}",
)
TORN_TAIL_NOW = Phrase(
    "末尾有一条未写完的记录（写入被中断，或手写时缺了结尾的 }}），已忽略；本次 update 会将其删去"
    "（如需保留，请补全后在行末换行）：{preview}",
    "an unfinished record at the end (a write that was interrupted, or a line typed without its "
    "closing }}) is ignored; this update removes it (to keep it, complete it and end the line): "
    "{preview}",
)
LEDGER_UNKNOWN_KEYS = Phrase(
    "未知的键 {keys}：台账只含 [records]", "unknown key(s) {keys}: a ledger holds only [records]"
)
# A registry given as the ledger, but not the registry in use (that one: LEDGER_IS_REGISTRY).
LEDGER_IS_A_REGISTRY = Phrase(
    "是目标登记表（含 [targets]），不是台账：台账是另一个文件（默认为登记表旁的 actuals.toml）；"
    "登记表请用 --registry 指定",
    "is a registry of goals (it has [targets]), not a ledger: the ledger is a file of its own "
    "(by default actuals.toml beside the registry); name a registry with --registry",
)
LEDGER_VERSION = Phrase(
    "version = {version}：此 cluster-cli 读取的台账版本为 {supported}",
    "version = {version}: this cluster-cli reads ledger version {supported}",
)
LEDGER_VERSION_TYPE = Phrase(
    "version = {version}：版本号应为不带引号的整数 {supported}",
    "version = {version}: the version is the whole number {supported}, without quotes",
)
RECORDS_NOT_TABLE = Phrase("records 必须是表（[records]）", "records must be a table ([records])")

# ------------------------------------------------------------------ the registry: Pydantic
# Pydantic's messages by error type, in its English word for word (filled in from the error's
# ctx); a type not here keeps Pydantic's English.

REGISTRY_KEY_UNKNOWN = Phrase(
    "未知的键（拼写错误？）；允许的键见 docs/registry.md",
    "unknown key (a typo?); see docs/registry.md for the keys allowed",
)
REGISTRY_KEY_MISSING = Phrase("缺少必需的键", "required key is missing")
INPUT_LITERAL = Phrase("应为 {expected}", "Input should be {expected}")
OR_WORD = Phrase(" 或 ", " or ")
INPUT_STRING = Phrase("应为字符串", "Input should be a valid string")
INPUT_INTEGER = Phrase("应为整数", "Input should be a valid integer")
INPUT_INTEGER_TEXT = Phrase(
    "应为整数：无法把字符串解析为整数",
    "Input should be a valid integer, unable to parse string as an integer",
)
INPUT_NUMBER = Phrase("应为数字", "Input should be a valid number")
INPUT_NUMBER_TEXT = Phrase(
    "应为数字：无法把字符串解析为数字",
    "Input should be a valid number, unable to parse string as a number",
)
INPUT_BOOLEAN = Phrase("应为布尔值（true 或 false）", "Input should be a valid boolean")
INPUT_FINITE = Phrase("应为有限的数", "Input should be a finite number")
INPUT_GREATER = Phrase("应大于 {gt}", "Input should be greater than {gt}")
INPUT_AT_LEAST = Phrase("应大于或等于 {ge}", "Input should be greater than or equal to {ge}")
INPUT_LESS = Phrase("应小于 {lt}", "Input should be less than {lt}")
INPUT_AT_MOST = Phrase("应小于或等于 {le}", "Input should be less than or equal to {le}")
TEXT_BLANK = Phrase("不能只有空白", "should hold more than spaces")
INPUT_PATTERN = Phrase("应符合模式 '{pattern}'", "String should match pattern '{pattern}'")
INPUT_TOO_SHORT = Phrase(
    "至少应有 {min_length} 个字符", "String should have at least {min_length} character(s)"
)
INPUT_TOO_LONG = Phrase(
    "最多只能有 {max_length} 个字符", "String should have at most {max_length} character(s)"
)
INPUT_TABLE = Phrase("应为表", "Input should be a valid dictionary")
INPUT_ARRAY = Phrase("应为数组", "Input should be a valid list")
INPUT_MODEL = Phrase(
    "应为表（{class_name}）", "Input should be a valid dictionary or instance of {class_name}"
)
# A table's shape as a reader writes it (its required keys), for Pydantic's class names.
INPUT_SHAPE = Phrase("应为表 {shape}", "should be a table {shape}")
ID_PATTERN = Phrase(
    "编号只能由小写字母、数字和连字符组成，以字母或数字开头（如 ic-scale）",
    "an id is lowercase letters, digits and hyphens, starting with a letter or digit (as ic-scale)",
)

# The registry's own checks (engine/models.py), in their English word for word.
UNKNOWN_UNIT = Phrase(
    "未知单位 {unit}；请用以下之一：{known}（见 docs/registry.md）",
    "unknown unit {unit}; use one of {known} (see docs/registry.md)",
)
PERCENT_KIND = Phrase(
    "{kind} 类目标以 % 计量，不能以 {unit} 计量", "a {kind} goal is measured in %, not in {unit}"
)
INDICATOR_PERCENT_KIND = Phrase(
    "{kind} 类指标以 % 计量，不能以 {unit} 计量",
    "a {kind} indicator is measured in %, not in {unit}",
)
INDICATOR_LEVEL_IN_PERCENT = Phrase(
    '以 % 计量的指标应为 "rate"（增速）或 "share"（比重或比率），不能为 level',
    'an indicator in % is a "rate" (a growth rate) or a "share" (a share or ratio), not a level',
)
SHARE_INDICATOR_GROWTH = Phrase(
    "share 类指标按两个数值之间的百分点变化判断，不使用公布的增速：请删除 growth",
    "a share indicator is judged by its change in percentage points between two figures, "
    "not by a published growth: remove growth",
)
RATE_WITHOUT_BASELINE = Phrase(
    "rate 类目标没有 baseline：它记录的数值就是各年的增速",
    "a rate goal has no baseline: its recorded figures are the yearly rates",
)
TOLERANCE_MAINTAIN_ONLY = Phrase(
    'tolerance 只适用于 direction = "maintain"', 'tolerance applies only to direction = "maintain"'
)
NEGATIVE_COUNT = Phrase("计数（单位：{unit}）不能为负", "a count in {unit} cannot be negative")
WHOLE_COUNT = Phrase("计数（单位：{unit}）须为整数", "a count in {unit} is a whole number")
DEADLINE_BEFORE_START = Phrase(
    "deadline {deadline} 早于规划起始年 {start}",
    "deadline {deadline} is before the plan start {start}",
)
DEADLINE_NOT_AFTER_BASELINE = Phrase(
    "deadline {deadline} 不晚于基期 {period}",
    "deadline {deadline} is not after the baseline period {period}",
)
BASELINE_AFTER_START = Phrase(
    "基期 {period} 晚于规划起始年 {start}，规划在 {period} 年之前的数值将不被计入；请把 "
    "baseline.period 改为 {before}（起始年的前一年）或 {start}，或更正 start",
    "baseline period {period} is after the plan start {start}, so the plan's figures before "
    "{period} would not count; set baseline.period to {before} (the year before the start) or "
    "{start}, or correct start",
)
TARGET_IS_BASELINE = Phrase(
    "target {target} 等于基期值：没有需要走完的距离",
    "target {target} equals the baseline: there is no distance to cover",
)
BASELINE_ABOVE_TARGET = Phrase(
    "baseline 高于 target，但 direction 为 'increase'（越少越好的目标请用 "
    'direction = "decrease"）',
    "baseline is above the target but direction is 'increase' "
    '(use direction = "decrease" for less-is-better goals)',
)
BASELINE_BELOW_TARGET = Phrase(
    "baseline 低于 target，但 direction 为 'decrease'",
    "baseline is below the target but direction is 'decrease'",
)
IDS_OF_BOTH_KINDS = Phrase(
    "这些 id 同时用作目标和背景指标：{ids}", "ids used both as a target and an indicator: {ids}"
)
NO_CLUSTER = Phrase("{place}：没有集群 {id}", "{place}: no cluster {id}")
NO_REGION = Phrase("{place}：没有地区 {id}", "{place}: no region {id}")
NO_SOURCE = Phrase("{place}：没有来源 {id}", "{place}: no source {id}")
NO_TARGET = Phrase("{place}：没有目标 {id}", "{place}: no target {id}")

# ------------------------------------------------------------------ TOML: tomllib's messages
# Python 3.11's tomllib, in its English word for word; one it does not write here stays English.

TOML_AT = Phrase("（{where}）", " (at {where})")
TOML_END = Phrase("文件末尾", "end of document")
TOML_OPENED_ON = Phrase(
    "；未闭合的部分始于第 {line} 行", "; what is left open begins on line {line}"
)
TOML_INVALID_STATEMENT = Phrase("无效的语句", "Invalid statement")
TOML_NEWLINE_EXPECTED = Phrase(
    "语句之后应为换行或文件末尾", "Expected newline or end of document after a statement"
)
TOML_EXPECTED = Phrase("此处应为 {text}", "Expected {text}")
TOML_INVALID_CHARACTER = Phrase("发现无效字符 {char}", "Found invalid character {char}")
TOML_DECLARED_TWICE = Phrase("{key} 被声明了两次", "Cannot declare {key} twice")
TOML_OVERWRITE = Phrase("不能覆盖已有的值", "Cannot overwrite a value")
TOML_OVERWRITTEN_KEY = Phrase("：键 {key} 已经赋过值", ": the key {key} is set twice")
TOML_TABLE_END = Phrase("表声明的末尾应为 ']'", "Expected ']' at the end of a table declaration")
TOML_IMMUTABLE = Phrase("不能修改不可变的命名空间 {key}", "Cannot mutate immutable namespace {key}")
TOML_ARRAY_END = Phrase(
    "数组声明的末尾应为 ']]'", "Expected ']]' at the end of an array declaration"
)
TOML_REDEFINED = Phrase("不能重新定义命名空间 {key}", "Cannot redefine namespace {key}")
TOML_EQUALS_EXPECTED = Phrase(
    "键值对中键的后面应为 '='", "Expected '=' after a key in a key/value pair"
)
TOML_KEY_START = Phrase("键的首字符无效", "Invalid initial character for a key part")
TOML_UNCLOSED_ARRAY = Phrase("数组未闭合", "Unclosed array")
TOML_DUPLICATE_KEY = Phrase("内联表中的键 {key} 重复", "Duplicate inline table key {key}")
TOML_UNCLOSED_TABLE = Phrase("内联表未闭合", "Unclosed inline table")
TOML_UNESCAPED = Phrase("字符串中有未转义的 '\\'", "Unescaped '\\' in a string")
TOML_INVALID_HEX = Phrase("无效的十六进制值", "Invalid hex value")
TOML_NOT_SCALAR = Phrase(
    "转义的字符不是 Unicode 标量值", "Escaped character is not a Unicode scalar value"
)
TOML_UNTERMINATED = Phrase("字符串没有结束", "Unterminated string")
TOML_ILLEGAL_CHARACTER = Phrase("非法字符 {char}", "Illegal character {char}")
TOML_INVALID_DATE = Phrase("无效的日期或日期时间", "Invalid date or datetime")
TOML_INVALID_VALUE = Phrase("无效的值", "Invalid value")
# Not tomllib's: Python's own limits, met reading a value (files/registry.py: load_toml).
TOML_TOO_DEEP = Phrase("数组或内联表嵌套过深", "Arrays or inline tables nested too deeply")

# ------------------------------------------------------------------ extract: registry drafts
# Written in both languages into the draft's assumptions and note ({ zh = "…", en = "…" }).

DRAFT_UNIT = Phrase(
    "单位：原文写作 {written}，记为 {recorded}（精确换算）。",
    "Unit: the text writes {written}, recorded as {recorded} (an exact conversion).",
)
DRAFT_NAME_EN = Phrase(
    "name_en：没有已知的译名，重复中文名称。",
    "name_en: no translation is known; the Chinese name is repeated.",
)
DRAFT_UNIT_EN = Phrase(
    "unit_en：据名称末尾推定为 {noun}，请核对。",
    "unit_en: {noun}, read from the end of the name; check it.",
)
DRAFT_NO_REGION = Phrase("地区：原文未指明。", "Region: the text names none.")
DRAFT_START = Phrase("起始年 {start}：{why}。", "Start {start}: {why}.")
DRAFT_NO_START = Phrase(
    "起始年 {deadline}：原文没有给出起始年份或日期，暂用期限年份，这样就没有衡量进度的时间："
    "请填写规划的第一年（或加 --date）。",
    "Start {deadline}: the text gives no start year and no date; the deadline year is used, "
    "which leaves no time to measure progress over: set the first year of the plan (or pass "
    "--date).",
)
DRAFT_AMOUNT_CUT = Phrase(
    "“{quote}”：记录的是累计减少的数量，越多越好，因此方向记为“提高”，基期为 0。",
    "“{quote}”: the figures recorded are the amount cut so far, more is better: direction "
    "increase, from 0.",
)
DRAFT_PRICE_CEILING = Phrase(
    "“{quote}”：规划中物价涨幅“左右”是上限，低于它也算达标：方向记为“降低”（越低越好）。",
    "“{quote}”: a plan's price rise “about” a figure is a ceiling, met by any rise below it: "
    "direction decrease (less is better).",
)
DRAFT_AS_PLANNED = Phrase(
    "计划数：按计划执行即为达标，多于或少于计划都需说明，因此方向记为“保持”。",
    "A planned figure: it is met by keeping to the plan, neither more nor less: direction "
    "maintain.",
)
DRAFT_BOUND_DIRECTION = Phrase(
    "“{bound}”给出的是{side}，方向据此记为“{direction}”。",
    "“{bound}” sets a {side}: direction {direction}.",
)
DRAFT_FLOOR = Phrase("下限", "floor")
DRAFT_CEILING = Phrase("上限", "ceiling")
DRAFT_RATE_FALL = Phrase(
    "下降 {value}% 即每年增长 {target}%：目标值记为 {target}（方向“降低”：越低越好）。",
    "A fall of {value}% is growth of {target}%: the target is {target} (direction decrease: "
    "less is better).",
)
DRAFT_RATE_COMPOUND = Phrase(
    "相对 {base} 年变化 {change}%，折合 {first}—{last} 年 {years} 年间每年 {target}%"
    "（复利），自 {first} 年起计；每年记录当年的增速。",
    "A change of {change}% against {base} is {target}% a year, compounded, over the {years} "
    "years {first}-{last}, counted from {first}; record each year's own rate.",
)
DRAFT_RATE_OVER_PLAN = Phrase(
    "原文未写“年均”：增长 {change}% 视为 {first}—{last} 年整个规划期的累计变化（相对 {base} 年），"
    "折合每年 {target}%（复利）；若原文指每年增速，请把目标值改为 {change}。",
    "The text names no rate a year: a change of {change}% is taken as the change over the "
    "whole plan, {first}-{last} (against {base}), {target}% a year compounded; if the text means "
    "a yearly rate, set the target to {change}.",
)
DRAFT_BASELINE_CONTRADICTS = Phrase(
    "原文中的基期值 {value} 与“{direction}到 {target}”的目标不符；未写入。",
    "Baseline {value} in the text does not fit a goal to {direction} to {target}; left out.",
)
DRAFT_BASELINE_FROM_TEXT = Phrase(
    "基期值 {value} 取自原文，作为 {year} 年末（规划第一年的前一年）的值。",
    "Baseline {value} from the text, taken as the value at the end of {year}, the year before "
    "the plan's first year.",
)
DRAFT_BASELINE_ZERO = Phrase(
    "{year} 年末的基期值为 0：规划期内新增数量的计数。",
    "Baseline 0 at the end of {year}: a count of things added over the plan.",
)
DRAFT_NOTE = Phrase(
    "限定：{qualifier}；置信度 {confidence}；{reasons}",
    "qualifier: {qualifier}; confidence {confidence}; {reasons}",
)
DRAFT_INCREASE = Phrase("提高", "increase")
DRAFT_DECREASE = Phrase("降低", "decrease")
DRAFT_MAINTAIN = Phrase("保持", "maintain")
# The comments of a draft registry, in the run's language (its data holds both).
DRAFT_COMMENT_TITLE = Phrase(
    "`cluster-cli extract` 从 {file}（{format}）中提出的目标。",
    "Goals proposed by `cluster-cli extract` from {file} ({format}).",
)
DRAFT_COMMENT_TEXT = Phrase(
    "原文：{characters} 个字符，SHA-256 {sha256}", "text: {characters} characters, SHA-256 {sha256}"
)
DRAFT_COMMENT_REVIEW = Phrase(
    "以下每个数值都只是建议：请对照引文和原文逐一核对，改正错误，删去不是目标的条目，\n"
    "然后运行 `cluster-cli check --quotes FILE`。",
    "Every value below is a proposal: check it against the quote and the text, fix what\n"
    "is wrong, delete what is not a goal, then run `cluster-cli check --quotes FILE`.",
)
DRAFT_COMMENT_WHERE = Phrase("第 {start}–{end} 个字符", "characters {start}-{end}")
DRAFT_COMMENT_LEFT_OUT = Phrase(
    "未收入：{name} {value}，期限 {year} 年（{where}）：登记表没有单位 {unit}，"
    "也不能把它准确换算成登记表已有的单位。",
    "Left out: {name} {value} by {year} ({where}): the registry has no unit {unit} "
    "and no exact conversion into one it has.",
)
DRAFT_COMMENT_QUOTE = Phrase("引文：{quote}", "quote: {quote}")
DRAFT_COMMENT_FILE = Phrase(
    "文件：{file}；原文的 SHA-256：{sha256}", "file: {file}; SHA-256 of the text: {sha256}"
)
DRAFT_COMMENT_NO_TRANSLATION = Phrase(
    "没有已知的译名，重复标题", "no translation known: the title is repeated"
)
DRAFT_ABOUT = Phrase("左右", "about")
DRAFT_AT_LEAST = Phrase("以上", "at least")
DRAFT_AT_MOST = Phrase("以内", "at most")
DRAFT_EXACT = Phrase("确数", "exactly")
DRAFT_PLANNED = Phrase("计划数", "as planned")

# The finder's reasons and assumptions (extract/finder.py), worded where they are shown: in the
# run's language (`extract --json`), in both languages (a draft's assumptions and note).
FOUND_SUBJECT_CARRIED = Phrase(
    "主语沿用上一分句：{subject}。", "Subject carried over from the previous clause: {subject}."
)
FOUND_DEADLINE_ELSEWHERE = Phrase(
    "期限 {year} 年：{how}（{words}），目标本身所在的句子没有写明。",
    "Deadline {year}: {how} ({words}), not stated in the goal's own sentence.",
)
FOUND_DEADLINE_RELATIVE = Phrase(
    "期限 {year} 年：{words}按文件的年份推算。",
    "Deadline {year}: {words} counted from the document's year.",
)
FOUND_LIST_CARRIED = Phrase(
    "动词和主语沿用列表中的上一项。",
    "Verb and subject carried over from the previous item of the list.",
)
FOUND_RANGE_LOWER = Phrase("取区间的下限。", "Lower end of a range.")
FOUND_PLAN_PERIOD_NAMED = Phrase(
    "原文提到的规划期 {words}", "the plan period {words} named in the text"
)
FOUND_PLAN_PERIOD = Phrase("规划期 {words}", "the plan period {words}")
FOUND_DOCUMENT_YEAR = Phrase("文件的年份", "the document's year")
FOUND_LATEST_DATE = Phrase(
    "原文写明的最近日期（{words}）所在的年份：文件不会早于此日期",
    "the year of the latest date the text states ({words}): it is no older",
)
FOUND_DEADLINE_FROM = Phrase(
    "期限 {year} 年：{words}（{how}）", "deadline {year} from {words} ({how})"
)
FOUND_FIVE_YEAR_PLAN = Phrase(
    "{words}是截至 {year} 年的五年规划", "{words} is the five-year plan ending {year}"
)
FOUND_AIM = Phrase(
    "该句表明了目标（力争、确保、目标、到…年）",
    "the sentence states an aim (力争, 确保, 目标, 到…年)",
)
FOUND_GOAL_SECTION = Phrase("位于讲目标的章节：{words}", "in a section on goals: {words}")
FOUND_LEVEL = Phrase("年度数值：年度数值或存量", "level: a yearly or stock figure")
FOUND_CUMULATIVE = Phrase(
    "自基期起累计：期内新增的数量", "cumulative: a count added over the period"
)
FOUND_SHARE = Phrase("占比：比重或比率", "share: a share or ratio")
FOUND_RATE = Phrase("年均增速：增长率", "rate: a growth rate")
FOUND_IN_CLAUSE = Phrase("分句中写明", "stated in the clause")
FOUND_IN_SENTENCE = Phrase("句中写明", "stated in the sentence")
FOUND_IN_PARAGRAPH = Phrase(
    "沿用本段前面的句子", "carried over from an earlier sentence of the paragraph"
)
FOUND_IN_HEADING = Phrase("取自章节标题", "from the section heading")
FOUND_FROM_DOCUMENT = Phrase(
    "取自文件标题或开头写明的期限", "from the time frame the document's title or opening states"
)
FOUND_FROM_NEIGHBOUR = Phrase(
    "取自最近一个写明期限的目标", "from the nearest goal with a stated deadline"
)


# ------------------------------------------------------------------ reading English back


# ------------------------------------------------------------------ writing the ledger

FIGURE_TOO_LARGE = Phrase("{text} 太大，不是真实的数值", "{text} is too large to be a figure")
FIGURE_TOO_SMALL = Phrase(
    "{text} 太小，无法保存：会被记为 0",
    "{text} is too small to be stored: it would be recorded as 0",
)
SLOW_WRITE_SETTING = Phrase(
    "${name} = {value}：这是测试用的设置，取值 0 到 60 秒；请取消它",
    "${name} = {value}: a test setting, seconds from 0 to 60; unset it",
)
NO_RECORDS_LINE_IN = Phrase(
    "前 {kib} KiB 中没有 `[records]` 行，因此这不是 cluster-cli 台账，未做任何更改",
    "no `[records]` line in the first {kib} KiB, so this file is not a cluster-cli ledger and "
    "nothing was changed",
)
NOT_UTF8_NO_RECORDS = Phrase(
    "不是有效的 UTF-8，且没有 `[records]` 行；未做任何更改",
    "is not valid UTF-8 and has no `[records]` line; nothing was changed",
)
LEDGER_IS_DIRECTORY = Phrase("是文件夹，不是台账文件", "is a directory, not a ledger file")
CANNOT_OPEN_FOR_WRITING = Phrase(
    "{path}：无法打开以写入（{reason}）；未做任何更改",
    "{path}: cannot be opened for writing ({reason}); nothing was changed",
)
ENDS_WITH_TABLE = Phrase(
    "第 {line} 行：台账以表 {header} 结尾；追加在其后的记录会被读作它的一个键。请把该记录写成 "
    "[records] 下的一行（cluster-cli 就是这样写的），或把该表移到前面；未做任何更改",
    "line {line}: the ledger ends with the table {header}; a record appended after it would be "
    "read as one of its keys. Write that record as one line under [records] (as cluster-cli "
    "writes them), or move the table above; nothing was changed",
)
REMOVED_TORN = Phrase(
    "{path}：第 {byte} 字节：已删去一次中断的写入留下的未写完的记录：{preview}",
    "{path}: byte {byte}: removed an unfinished record left by an interrupted write: {preview}",
)
# Reading a document to extract goals from (files/documents.py).
DOC_NO_TEXT = Phrase("没有文字", "has no text")
DOC_TOO_LARGE = Phrase("大于 {mb} MB", "is larger than {mb} MB")
DOC_NUL = Phrase("不是文本文件（含有 NUL 字节）", "is not a text file (it holds NUL bytes)")
DOC_UNKNOWN_ENCODING = Phrase(
    "无法识别文字编码；请另存为 UTF-8",
    "is not text in an encoding that can be recognised; save it as UTF-8",
)
DOC_DOES_NOT_DECODE = Phrase(
    "看似 {encoding} 编码却无法解码；请另存为 UTF-8",
    "looks like {encoding} but does not decode; save it as UTF-8",
)
DOC_NEEDS = Phrase(
    "读取 {format} 需要 {package}（pip install {package}）",
    "reading {format} needs {package} (pip install {package})",
)
DOC_NOT_DOCX = Phrase(
    "不是可读取的 Word .docx 文件（已损坏或为其他格式）",
    "is not a readable Word .docx file (damaged, or another format)",
)
DOC_NOT_DOCX_BECAUSE = Phrase(
    "不是可读取的 Word .docx 文件（{error}）", "is not a readable Word .docx file ({error})"
)
DOC_ENCRYPTED_PDF = Phrase(
    "是加密的 PDF；请先另存一份未加密的副本", "is an encrypted PDF; save an unprotected copy first"
)
DOC_TOO_MANY_PAGES = Phrase("超过 {pages} 页", "has more than {pages} pages")
DOC_NOT_PDF = Phrase(
    "不是可读取的 PDF（已损坏或为其他格式）", "is not a readable PDF (damaged, or another format)"
)
DOC_NOT_PDF_BECAUSE = Phrase("不是可读取的 PDF（{error}）", "is not a readable PDF ({error})")
DOC_NO_TEXT_LAYER = Phrase(
    "没有文字层（扫描件？）：需要先做 OCR，例如 "
    "`ocrmypdf --language chi_sim IN.pdf OUT.pdf`，再从 OUT.pdf 提取",
    "has no text layer (scanned pages?): it needs OCR first, e.g. "
    "`ocrmypdf --language chi_sim IN.pdf OUT.pdf`, then extract from OUT.pdf",
)
# Writing a file at once (files/atomic.py).
WRITE_NO_FILE_IN = Phrase(
    "{path}：无法在 {directory} 中创建文件；未写入任何内容",
    "{path}: no file can be created in {directory}; nothing was written",
)
WRITE_NO_FOLDER = Phrase(
    "{path}：文件夹 {directory} 不存在；未写入任何内容",
    "{path}: the folder {directory} does not exist; nothing was written",
)
WRITE_CANNOT_IN = Phrase(
    "{path}：无法在 {directory} 中写入（{reason}）；未写入任何内容",
    "{path}: cannot write in {directory} ({reason}); nothing was written",
)
WRITE_IS_DIRECTORY = Phrase(
    "{path}：是文件夹；未写入任何内容", "{path}: is a directory; nothing was written"
)
WRITE_CANNOT_OPEN = Phrase(
    "{path}：无法打开以写入（{reason}）；未写入任何内容",
    "{path}: cannot be opened for writing ({reason}); nothing was written",
)
WRITE_FAILED = Phrase("{path}：无法写入（{reason}）", "{path}: could not be written ({reason})")
NOT_WRITTEN_NOTHING_CHANGED = Phrase(
    "{path}：无法写入（{reason}）；未做任何更改{changed}",
    "{path}: could not be written ({reason}); nothing was changed{changed}",
)
ONLY_TORN_REMOVED = Phrase(
    "（只删去了未写完的最后一行）", " (only an unfinished last line was removed)"
)
LOCK_TIMEOUT_SETTING = Phrase(
    "${name} = {value}：请给出秒数，例如 10", "${name} = {value}: give a number of seconds, e.g. 10"
)
LEDGER_FOLDER_NOT_MADE = Phrase(
    "{directory}：无法创建台账所在的文件夹（{reason}）；未做任何更改",
    "{directory}: the folder for the ledger cannot be created ({reason}); nothing was changed",
)
LOCK_NOT_OPENED = Phrase(
    "{lock}：无法打开锁文件（{reason}）；未做任何更改",
    "{lock}: the lock file cannot be opened ({reason}); nothing was changed",
)
LOCK_NOT_PLAIN = Phrase(
    "{lock}：不是普通的锁文件（而是符号链接、文件夹或另一文件的硬链接）；未做任何更改。"
    "请确认后删除它，cluster-cli 会重新建立",
    "{lock}: not a plain lock file (a symbolic link, a folder, or another name of a file); "
    "nothing was changed. Check it and remove it: cluster-cli makes a new one",
)
LOCKED_BY_ANOTHER = Phrase(
    "{path} 正被另一个 cluster-cli 锁定（{holder}）；已等待 {wait} 秒（{lock}）。若没有其他 "
    "cluster-cli 在运行，请重试；设置 ${name} 可等待更久",
    "{path} is locked by another cluster-cli ({holder}); waited {wait} s for {lock}. If no "
    "other cluster-cli is running, try again; set ${name} to wait longer",
)
# Who holds the lock, as its lock file says (files/lock.py); the values are the file's.
LOCK_HOLDER = Phrase("持有者：{fields}", "holder: {fields}")
LOCK_HOLDER_UNKNOWN = Phrase("持有者不明", "holder unknown")
LOCK_HOLDER_FIELDS = {
    "pid": Phrase("进程号 {value}", "pid={value}"),
    "host": Phrase("主机 {value}", "host={value}"),
    "command": Phrase("命令 {value}", "command={value}"),
    "since": Phrase("始于 {value}", "since={value}"),
}
LOCK_HOLDER_JOIN = Phrase("{first}，{then}", "{first} {then}")
# A ledger named by --ledger or $CLUSTER_CLI_LEDGER is written only where it can be: checked
# before the lock file is made, so that a refused write creates no file (files/ledger).
LEDGER_NO_FOLDER = Phrase(
    "{path}：文件夹 {directory} 不存在；只有用户数据文件夹中的默认台账才会自动创建文件夹。"
    "请检查路径，或先创建该文件夹；未做任何更改",
    "{path}: the folder {directory} does not exist; folders are made only for the default "
    "ledger in the user data folder. Check the path, or create the folder first; nothing was "
    "changed",
)
LEDGER_FOLDER_IS_FILE = Phrase(
    "{path}：{directory} 不是文件夹；请检查路径；未做任何更改",
    "{path}: {directory} is not a folder; check the path; nothing was changed",
)
LEDGER_IS_REGISTRY = Phrase(
    "是目标登记表（{registry}），不是台账：台账是另一个文件（默认为登记表旁的 actuals.toml）；"
    "未做任何更改",
    "is the registry ({registry}), not a ledger: the ledger is a file of its own (by default "
    "actuals.toml beside the registry); nothing was changed",
)

# ------------------------------------------------------------------ extract's words

EXTRACT_TITLE = Phrase(
    "{title}：{count} 个拟定目标",
    "{title}: {count} proposed goals",
    "{title}: {count} proposed goal",
)
EXTRACT_NONE = Phrase("未发现带期限的量化目标。", "No quantified goal with a time frame was found.")
EXTRACT_UNDATED = Phrase(
    "{file}：有数字以“{word}”等文件本身的年份为期，而未能从文中确定该年份：请用 --date YYYY-MM-DD "
    "给出文件日期，这些目标才能提出",
    "{file}: figures are timed by the document's own year ('{word}'), which could not be read "
    "from the text: give the document's date with --date YYYY-MM-DD to have them proposed",
)
EXTRACT_REVIEW = Phrase(
    "这些只是建议：请逐条对照原文核对，再用 `-o` 写出草稿，并运行 `cluster-cli check --quotes`。",
    "These are proposals: check each against the text, then write a draft with `-o` and run "
    "`cluster-cli check --quotes`.",
)
EXTRACT_REVIEW_DRAFT = Phrase(
    "这些只是建议：请对照原文逐条核对草稿，再运行 `cluster-cli check --quotes`。",
    "These are proposals: check each in the draft against the text, then run "
    "`cluster-cli check --quotes`.",
)
EXTRACT_WROTE = Phrase(
    "已写出 {file}：{count} 个目标，{left} 个未写入（原因见文件中的注释）。"
    "核对后请运行 cluster-cli check --registry {file} --quotes {text}",
    "wrote {file}: {count} goals, {left} left out (see the comments in it); review it, then run "
    "cluster-cli check --registry {file} --quotes {text}",
    "wrote {file}: {count} goal, {left} left out (see the comments in it); review it, then run "
    "cluster-cli check --registry {file} --quotes {text}",
)
EXTRACT_WROTE_EMPTY = Phrase(
    "已写出 {file}：文中未找到量化目标，登记表中只有来源和表头",
    "wrote {file}: the text holds no quantified goal this version finds; the registry has its "
    "source and tables only",
)
EXTRACT_NOTHING = Phrase(
    "{file}：没有要添加的目标（都已在其中）",
    "{file}: nothing to add (every goal is there already)",
)
EXTRACT_TO_APPEND = Phrase("将追加到 {file}：", "to append to {file}:")
EXTRACT_LINE = Phrase(
    "{id}：{name} {value}，期限 {deadline} 年", "{id}: {name} {value} by {deadline}"
)
EXTRACT_SKIPPED = Phrase(
    "= {name} {value}，期限 {deadline} 年：已在其中（{id}），跳过",
    "= {name} {value} by {deadline}: already there ({id}), skipped",
)
EXTRACT_CONFIRM = Phrase(
    "向 {file} 追加 {count} 个目标？",
    "Append {count} goals to {file}?",
    "Append {count} goal to {file}?",
)
EXTRACT_UNCHANGED = Phrase("未做任何更改", "nothing was changed")
EXTRACT_APPENDED = Phrase(
    "已向 {file} 追加 {count} 个目标",
    "appended {count} goals to {file}",
    "appended {count} goal to {file}",
)
EXTRACT_EXISTS = Phrase(
    "已存在；-o 只写新文件，不会覆盖",
    "already exists; -o writes a new file only, it never overwrites",
)
EXTRACT_NEED_YES = Phrase(
    "--into {file}：请在终端上确认，或加上 --yes；未做任何更改",
    "--into {file}: confirm on a terminal, or pass --yes; nothing was changed",
)
EXTRACT_CHANGED = Phrase(
    "在提取期间被改动；未做任何更改", "changed while extract ran; nothing was changed"
)
EXTRACT_DATE_RANGE = Phrase(
    "--date {text}：文件日期须在 {first} 年至 {last} 年之间",
    "--date {text}: a document's date is between {first} and {last}",
)
EXTRACT_BAD_DATE = Phrase(
    "--date {text}：不是日期，请写成 YYYY-MM-DD",
    "--date {text}: not a date, use YYYY-MM-DD",
)
EXTRACT_INVALID_REGISTRY = Phrase(
    "不是有效的目标登记表，未做任何更改（{detail}）",
    "is not a valid registry; nothing was changed ({detail})",
)
EXTRACT_DUE = Phrase("期限 {year} 年", "by {year}")
EXTRACT_CONF = Phrase("置信度 {c}", "confidence {c}")
EXTRACT_ID = Phrase("编号 {id}", "id {id}")
EXTRACT_QUOTE = Phrase("原文：", "Quote: ")
EXTRACT_QUALIFIER_ABOUT = Phrase("左右", "about ")
EXTRACT_QUALIFIER_AT_LEAST = Phrase("以上", "at least ")
EXTRACT_QUALIFIER_AT_MOST = Phrase("以内", "at most ")
EXTRACT_QUALIFIER_PLANNED = Phrase("（计划数）", "planned ")

# cluster-cli extract --into: why nothing was added.
EXTRACT_NONE_FOUND = Phrase(
    "{file}：未发现带期限的量化目标，未做任何更改",
    "{file}: no goal was found in the text; nothing was changed",
)
EXTRACT_NONE_IN_UNITS = Phrase(
    "{file}：没有要添加的目标（{count} 个目标的单位登记表没有，也不能准确换算；见 --json）",
    "{file}: nothing to add ({count} goals found have a unit the registry does not know and "
    "cannot be converted exactly; see --json)",
    "{file}: nothing to add ({count} goal found has a unit the registry does not know and "
    "cannot be converted exactly; see --json)",
)
