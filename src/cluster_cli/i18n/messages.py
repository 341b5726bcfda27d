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
INTERNAL = Phrase(
    "cluster-cli：内部错误：{kind}: {error}（加 --debug 再运行可看到调用栈；请报告此问题）",
    "cluster-cli: internal error: {kind}: {error} "
    "(run again with --debug for the traceback, and please report it)",
)
OUTPUT_NOT_WRITTEN = Phrase("输出无法写出：{reason}", "the output could not be written: {reason}")
NOT_UTF8_ARGUMENT = Phrase(
    "参数 {argument} 不是 UTF-8 文本（请把终端或脚本设为 UTF-8，例如 LANG=zh_CN.UTF-8）："
    "未做任何操作",
    "the argument {argument} is not UTF-8 text (set the terminal or the script to UTF-8, "
    "e.g. LANG=zh_CN.UTF-8): nothing was done",
)
BAD_LANG = Phrase("--lang 只能是 zh 或 en，不能是 {given}", "--lang must be zh or en, not {given}")
PLACE = Phrase("{path}：{where}", "{path}: {where}")
LINE = Phrase("第 {line} 行", "line {line}")
LINE_COLUMN = Phrase("第 {line} 行第 {column} 列", "line {line}, column {column}")
DID_YOU_MEAN = Phrase("；您是否要找 {close}？", "; did you mean {close}?")

# ------------------------------------------------------------------ help of the app

APP_HELP = Phrase(
    "跟踪已公布的量化目标（苏州产业创新集群），对照其后公布的数字。",
    "Track published quantitative goals (Suzhou's industrial innovation clusters) "
    "against the figures that come in later.",
)
VERSION_HELP = Phrase("显示版本号。", "Print the version.")
DEBUG_HELP = Phrase(
    "出错时显示调用栈（可放在任何位置）。", "Show tracebacks on errors (accepted anywhere)."
)

# ------------------------------------------------------------------ help of each command

STATUS_HELP = Phrase(
    "按集群列出每个目标及其进展。", "Show every goal and where it stands, grouped by cluster."
)
SHOW_HELP = Phrase(
    "完整显示一个目标或背景指标：数字、历史、趋势与出处。",
    "Show one goal or context figure in full: figures, history, trend and source.",
)
UPDATE_HELP = Phrase(
    "为目标记录一个实际数字；同一期间再记录一次即为修订。",
    "Record an actual figure for a goal; a second figure for the same period revises it.",
)
LOG_HELP = Phrase(
    "按记录先后列出已记录的数字，标明修订与撤回。",
    "List recorded figures, oldest first, with revisions and retractions marked.",
)
UNDO_HELP = Phrase(
    "撤回最近记录的数字：追加一条撤回记录（不删除任何内容）。",
    "Retract the last recorded figure by appending a retraction (nothing is deleted).",
)
IMPORT_HELP = Phrase(
    "从 CSV 或 .xlsx 文件批量记录数字：先检查每一行，然后全部记录或全不记录。",
    "Record many figures from a CSV or .xlsx file: every row is checked first, then all or none.",
)
REPORT_HELP = Phrase(
    "生成进度报告：摘要、表格、每个目标的数字、历史与图表。",
    "Write a progress report: summary, tables, each goal's figures, history and chart.",
)
CHECK_HELP = Phrase(
    "校验目标登记表与台账；发现问题时逐一列出并以状态 1 退出。",
    "Validate the registry and the ledger; exit 1 listing every problem found.",
)
INIT_HELP = Phrase(
    "把文章的目标登记表写入 DIRECTORY/targets.toml，作为起点。",
    "Write the article's registry to DIRECTORY/targets.toml as a starting point.",
)

# ------------------------------------------------------------------ help of the options

REGISTRY_HELP = Phrase(
    "目标登记表。默认：$CLUSTER_CLI_REGISTRY，否则 ./targets.toml，否则随 cluster-cli "
    "附带的文章目标。",
    "Registry of goals. Default: $CLUSTER_CLI_REGISTRY, else ./targets.toml, else the "
    "article's goals shipped with cluster-cli.",
)
LEDGER_HELP = Phrase(
    "已记录数字的台账。默认：$CLUSTER_CLI_LEDGER，否则登记表旁的 actuals.toml，"
    "否则（内置登记表）数据文件夹中的 actuals.toml。",
    "Ledger of recorded figures. Default: $CLUSTER_CLI_LEDGER, else actuals.toml beside the "
    "registry, else (built-in registry) actuals.toml in your data folder.",
)
AS_OF_HELP = Phrase(
    "按截至当天结束时已记录的内容计算（YYYY-MM-DD，UTC），用于准确重现旧报告。",
    "Compute from what had been recorded by the end of this day (YYYY-MM-DD, UTC), to "
    "reproduce an old report exactly.",
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
CLUSTER_HELP = Phrase("只看此集群（id）。可重复。", "Only this cluster (id). Repeatable.")
REGION_HELP = Phrase("只看此地区（id）。可重复。", "Only this region (id). Repeatable.")
STATUS_FILTER_HELP = Phrase(
    "只看此状态的目标（achieved, on-track, needs-acceleration, limited-progress, "
    "deteriorating, missed, insufficient-data）。可重复。",
    "Only goals with this status (achieved, on-track, needs-acceleration, limited-progress, "
    "deteriorating, missed, insufficient-data). Repeatable.",
)
NO_COLOR_HELP = Phrase(
    "不用颜色（也可设环境变量 NO_COLOR）。",
    "No colours (also: the NO_COLOR environment variable).",
)
SHOW_ID_HELP = Phrase(
    "目标或背景指标的 id，即 `status` 列出的 id。",
    "Goal or context-figure id, as listed by `status`.",
)
GOAL_ARGUMENT_HELP = Phrase(
    "目标或背景指标的 id（例如 ic-scale），或其完整名称。",
    "Goal or context-figure id (e.g. ic-scale), or its exact name.",
)
VALUE_HELP = Phrase(
    "数字，以目标的单位或带单位：1250、1250亿元、4.69万亿、150名。"
    "负数写在 -- 之后、选项之后：--period 2024 -- -3.5",
    "The figure, in the goal's unit or with a unit: 1250, 1250亿元, 4.69万亿, 150名. "
    "A negative value goes after --, behind the options: --period 2024 -- -3.5",
)
PERIOD_HELP = Phrase(
    "年份（2024）或日期（2024-06-30）。水平类目标（年产值）：记该年的数字；不接受日期，"
    "年初至今的数字不可比较。累计类目标：该年末的累计总数，或当天已知的累计数。",
    "A year (2024) or a date (2024-06-30). Level goals (annual output): the year's figure; "
    "dates are refused, year-to-date figures are not comparable. Cumulative goals: the running "
    "total at the end of that year, or known on that day.",
)
SOURCE_HELP = Phrase("数字的出处。", "Where the figure comes from.")
NOTE_HELP = Phrase("随数字保存的备注。", "A remark kept with the figure.")
LOG_GOAL_HELP = Phrase("只看此目标的记录。", "Only this goal's records.")
LONG_HELP = Phrase(
    "显示完整的记录 id，每条记录一行，不折行。",
    "Show whole record ids, one record a line.",
)
YES_HELP = Phrase("不再询问确认。", "Do not ask for confirmation.")
IMPORT_FILE_HELP = Phrase(
    "CSV（UTF-8、GBK 或 UTF-16；逗号、分号或制表符分隔）或 .xlsx，列为 "
    "target,value,period[,source,note] 或 目标,数值,期间[,来源,备注]。",
    "CSV (UTF-8, GBK or UTF-16; comma, semicolon or tab) or .xlsx with columns "
    "target,value,period[,source,note] or 目标,数值,期间[,来源,备注].",
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
CSV_HELP = Phrase("每个目标一行，含引擎计算的数字。", "One row per goal with the engine's figures.")
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
    "若某目标最新数字的期间结束已超过此时长（90d、6w、18m、2y），也判为失败；"
    "没有数字的目标从规划开始时算起。",
    "Also fail for each goal whose latest figure's period ended longer ago than this (90d, "
    "6w, 18m, 2y); a goal with no figure counts from its plan's start.",
)
INIT_DIR_HELP = Phrase("写入 targets.toml 的文件夹。", "Folder to write targets.toml into.")
FORCE_HELP = Phrase("覆盖已有文件。", "Overwrite an existing file.")

# ------------------------------------------------------------------ update, import, undo

ALREADY_RECORDED = Phrase(
    "已记录过：{record} {details}，在 {path} 中；未写入任何内容",
    "already recorded: {record} {details} in {path}; nothing was written",
)
ALREADY_RECORDED_ROW = Phrase(
    "{file}:{line}：已记录过，跳过：{record} {details}",
    "{file}:{line}: already recorded, skipped: {record} {details}",
)
WOULD_REVISE = Phrase("；这将修订 {record}（id {id}）", "; it would revise {record} (id {id})")
WOULD_RECORD_IN = Phrase(
    "将记录 {record} {details}，写入 {path}{revision}",
    "would record {record} {details} in {path}{revision}",
)
RECORDED_IN = Phrase(
    "已记录 {record} {details}，写入 {path}", "recorded {record} {details} in {path}"
)
REVISED = Phrase(
    "已修订 {target} {period}：{old} -> {new}（原数字 id {id} 保留在历史中）",
    "revised {target} {period}: {old} -> {new} (the earlier figure, id {id}, stays in the history)",
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
    "{path}：没有可撤回的已记录数字", "{path}: there is no recorded figure to retract"
)
CELL_CONTROL = Phrase(
    "第 {column} 列：{found}；单元格只能是一行纯文本，这类字符可能改变终端的显示",
    "column {column}: {found}; a cell is one line of plain text, and such characters could "
    "change what a terminal shows",
)
NO_ROWS = Phrase("只有表头，没有数据行：无可导入", "has a header but no rows: nothing to import")
SAME_PERIOD = Phrase("（即 {other}：同一期间）", " (as {other}: the same period)")
DUPLICATE_ROW = Phrase(
    "重复的行：{target} {period} 已在第 {line} 行{same}",
    "duplicate row: {target} {period} is already on line {line}{same}",
)
BAD_ROWS = Phrase("{count} 行有误；未记录任何内容：", "{count} bad row(s); nothing was recorded:")
WOULD_RECORD = Phrase("将记录 {record} {details}", "would record {record} {details}")
CHECKED_ROWS = Phrase(
    "已检查 {count} 条记录；未向 {path} 写入任何内容",
    "{count} record(s) checked; nothing was written to {path}",
)
RECORDED = Phrase("已记录 {record} {details}", "recorded {record} {details}")
IMPORTED = Phrase(
    "已从 {file} 导入 {count} 条记录到 {path}",
    "imported {count} record(s) from {file} into {path}",
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

# ------------------------------------------------------------------ check and init

CHECK_WARNING = Phrase("警告：{message}", "warning: {message}")
CHECK_PROBLEM = Phrase("问题：{message}", "problem: {message}")
CHECK_STALE = Phrase(
    "过时：{item}（--stale-after {after}）", "stale: {item} (--stale-after {after})"
)
CHECK_QUOTES_OK = Phrase(
    "；{count} 份原文包含全部引文", "; {count} source text(s) hold every quote"
)
CHECK_FRESH = Phrase(
    "；每个目标都有比 {after} 更新的数字", "; every goal has a figure newer than {after}"
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
INIT_NEXT = Phrase(
    "请编辑它，然后运行 `cluster-cli check` 与 `cluster-cli status`。",
    "Edit it, then run `cluster-cli check` and `cluster-cli status`.",
)

# ------------------------------------------------------------------ status, show, report

UNKNOWN_ID = Phrase("没有目标或背景指标 {given}{hint}", "no goal or context figure {given}{hint}")
STATUS_LISTS_THEM = Phrase("（cluster-cli status 会列出全部）", " (cluster-cli status lists them)")
UNKNOWN_FILTER = Phrase(
    "{option} {value} 不存在{hint}（已有：{known}）",
    "{option} {value} is unknown{hint} (known: {known})",
)
ORPHAN_RECORDS = Phrase(
    "{path}：登记表中没有的目标的记录被忽略：{ids}（运行 `cluster-cli check` 查看详情）",
    "{path}: records of goal(s) the registry does not have are ignored: {ids} "
    "(run `cluster-cli check` for details)",
)
UNUSABLE_RECORD = Phrase(
    "{path}：记录 {id}（{target} {period}）的单位为 {unit}，无法换算为目标的单位：已忽略",
    "{path}: record {id} ({target} {period}) is in {unit}, which cannot be expressed in the "
    "goal's unit: ignored",
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
THE_REGISTRY = Phrase("目标登记表", "registry")
THE_LEDGER = Phrase("台账", "ledger")
OUTPUT_IS_DIRECTORY = Phrase(
    "-o {output}：是文件夹；请给出文件名，例如 report.md",
    "-o {output}: is a directory; give a file name such as report.md",
)
REPORT_WROTE = Phrase(
    "已写入 {output}（{format}，{count} 个目标）", "wrote {output} ({format}, {count} goals)"
)
BUILT_IN_REGISTRY = Phrase("内置（文章中的目标）", "built-in (the article's goals)")

# ------------------------------------------------------------------ what a user typed

NAMES_MANY = Phrase(
    "“{key}”对应 {count} 个目标：{ids}；请给出 id",
    "'{key}' names {count} goals: {ids}; give the id",
)
NO_SUCH_GOAL = Phrase(
    "登记表中没有目标或背景指标“{key}”{hint}（`cluster-cli status` 会列出全部）",
    "no goal or indicator '{key}' in the registry{hint} (`cluster-cli status` lists them)",
)
YEARLY_FIGURE = Phrase(
    "{key} 是年度数字（{what}），请按年份记录（例如 --period {year}，"
    "待全年数字公布后）；“{period}”是日期，年初至今的数字（1-8月、1-6月）不能与年度目标比较",
    "{key} is a yearly figure ({what}), so record it for a year (e.g. "
    "--period {year}, once the full-year figure is out); '{period}' is a date, and year-to-date "
    "figures (1-8月, 1-6月) are not comparable with an annual target",
)
YEARLY_LEVEL = Phrase("如年产值这样的水平值", "a level such as annual output")
YEARLY_SHARE = Phrase("全年的比重或比率", "a share or ratio for the whole year")
YEARLY_RATE = Phrase("全年的增速", "a growth rate for the whole year")
COUNT_NEGATIVE = Phrase(
    "“{value}”：{key} 计数单位为 {unit}，计数不能为负",
    "'{value}': {key} counts {unit}, and a count cannot be negative",
)
COUNT_WHOLE = Phrase(
    "“{value}”：{key} 计数单位为 {unit}，请给出整数",
    "'{value}': {key} counts {unit}, so give a whole number",
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

NO_SUCH_FILE = Phrase("文件不存在", "no such file")
IS_DIRECTORY_NOT = Phrase("是文件夹，不是{what}", "is a directory, not a {what}")
PERMISSION_DENIED = Phrase(
    "没有权限：无法读取{what}", "permission denied: the {what} cannot be read"
)
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
A_COUNT = Phrase("计数", "a count")
A_PERCENTAGE = Phrase("百分比", "a percentage")
NOT_A_NUMBER = Phrase("{text} 不是数字", "{text} is not a number")
PERCENT_MAGNITUDE = Phrase(
    "{text}：百分比不能带数量级（万、亿）",
    "{text}: a magnitude (万, 亿) makes no sense for a percentage",
)
WRONG_UNIT = Phrase(
    "{text} 的单位是 {written}（{what}），但此目标以 {symbol}（{description}）计量",
    "{text} is in {written} ({what}), but this goal is measured in {symbol} ({description})",
)
PERIOD_YEAR_RANGE = Phrase(
    "期间 {text} 不合理：请给出 {earliest} 到 {latest} 之间的年份",
    "period {text} is implausible: give a year between {earliest} and {latest}",
)
PERIOD_BAD_DATE = Phrase("期间 {text} 不是有效日期", "period {text} is not a valid date")
PERIOD_TOO_EARLY = Phrase(
    "期间 {text} 不合理：请给出 {earliest} 年以后的日期",
    "period {text} is implausible: give a date from {earliest} on",
)
PERIOD_FUTURE = Phrase(
    "期间 {text} 不合理：今天（{today}，UTC）之后的日子不可能已有数字",
    "period {text} is implausible: a figure cannot be known for a day after today ({today}, UTC)",
)
PERIOD_NOT_UNDERSTOOD = Phrase(
    "期间 {text} 不是年份（2024）或日期（2024-06-30）{hint}；年初至今的数字（1-8月）"
    "按其截止日期记录，且只用于累计总数",
    "period {text} is not a year (2024) or a date (2024-06-30){hint}; year-to-date figures "
    "(1-8月) are recorded at their end date, for running totals only",
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
    "--stale-after {text} 不是时长：请用数字加 d、w、m 或 y（90d、6w、18m、2y）",
    "--stale-after {text} is not a duration: use a number and d, w, m or y (90d, 6w, 18m, 2y)",
)
