/** A CLI text in 简体中文 (mainland terms) and 繁體中文 (Taiwan terms); its English template is the key. */
export interface Translation {
  'zh-cn': string;
  'zh-tw': string;
}

/**
 * The command line's own text: help, usage and read errors, the headings of the `analyze` report. Problems and
 * glossary errors are the core's templates, translated in l10n/bundle.l10n.*.json for the extension and the CLI
 * alike; these stay here so that the extension's bundles carry no CLI text. Command, option and configuration
 * names, FILE and CONFIG, paths and numbers are the same in every language.
 */
export const CLI_TRANSLATIONS = {
  // --help
  'key terms, cited figures, sources and outlines of Chinese policy texts': {
    'zh-cn': '标注中文政策文本的关键术语、引用数据及其来源和章节大纲',
    'zh-tw': '標註中文政策文本的關鍵術語、引用數據及其來源和章節大綱',
  },
  'Usage:': { 'zh-cn': '用法：', 'zh-tw': '用法：' },
  'Terms, figures with values and sources, outline and problems of a text.\n--json prints the machine-readable form (see README); - reads standard input.': {
    'zh-cn': '列出文本的术语、数据（含数值和来源）、大纲和问题。\n--json 输出供程序读取的格式（见 README）；- 表示从标准输入读取。',
    'zh-tw': '列出文本的術語、數據（含數值與來源）、大綱和問題。\n--json 輸出供程式讀取的格式（見 README）；- 表示從標準輸入讀取。',
  },
  'Converts between Simplified, Traditional, Taiwan and Hong Kong standards (OpenCC).': {
    'zh-cn': '在简体、繁体、台湾繁体和香港繁体之间转换（OpenCC）。',
    'zh-tw': '在簡體、繁體、臺灣正體和香港繁體之間轉換（OpenCC）。',
  },
  'CONFIG: {0}': { 'zh-cn': 'CONFIG 可选：{0}', 'zh-tw': 'CONFIG 可用：{0}' },
  'Reports problems (unsourced figures, mixed scripts, heading numbers, brackets)\nas FILE:LINE:COLUMN lines; exits 1 when any error or warning is found.': {
    'zh-cn': '以 FILE:LINE:COLUMN 开头的行报告问题（未注明来源的数据、简繁混用、标题编号、括号不配对）；\n发现任何错误或警告时退出码为 1。',
    'zh-tw': '以 FILE:LINE:COLUMN 開頭的行回報問題（未註明來源的數據、簡繁混用、標題編號、括號不配對）；\n發現任何錯誤或警告時結束代碼為 1。',
  },
  'Exit codes: 0 ok, 1 problems found (check) or unreadable input, 2 usage error.': {
    'zh-cn': '退出码：0 成功；1 发现问题（check）或输入无法读取；2 用法错误。',
    'zh-tw': '結束代碼：0 成功；1 發現問題（check）或無法讀取輸入；2 用法錯誤。',
  },

  // Usage errors
  'Usage: {0}': { 'zh-cn': '用法：{0}', 'zh-tw': '用法：{0}' },
  'Commands: {0}': { 'zh-cn': '命令：{0}', 'zh-tw': '指令：{0}' },
  "Run 'policy-lens --help' for usage.": {
    'zh-cn': "运行 'policy-lens --help' 查看用法。",
    'zh-tw': "執行 'policy-lens --help' 以檢視用法。",
  },
  "unknown command '{0}'": { 'zh-cn': "未知命令 '{0}'", 'zh-tw': "未知的指令 '{0}'" },
  'unknown option {0}': { 'zh-cn': '未知选项 {0}', 'zh-tw': '未知的選項 {0}' },
  '{0} needs a value': { 'zh-cn': '选项 {0} 需要一个值', 'zh-tw': '選項 {0} 需要一個值' },
  'analyze takes exactly one FILE (or - for standard input)': {
    'zh-cn': 'analyze 需要恰好一个 FILE（或用 - 表示标准输入）',
    'zh-tw': 'analyze 需要恰好一個 FILE（或以 - 表示標準輸入）',
  },
  'check needs at least one FILE': { 'zh-cn': 'check 至少需要一个 FILE', 'zh-tw': 'check 至少需要一個 FILE' },
  'convert needs one --to CONFIG (one of: {0})': {
    'zh-cn': 'convert 需要指定一个 --to CONFIG（可选：{0}）',
    'zh-tw': 'convert 需要指定一個 --to CONFIG（可用：{0}）',
  },
  "unknown configuration '{0}'; valid: {1}": {
    'zh-cn': "未知的转换配置 '{0}'；可选：{1}",
    'zh-tw': "未知的轉換設定 '{0}'；可用：{1}",
  },
  'convert takes at most one FILE': { 'zh-cn': 'convert 最多接受一个 FILE', 'zh-tw': 'convert 最多接受一個 FILE' },
  'give -o FILE once': { 'zh-cn': '-o FILE 只能指定一次', 'zh-tw': '-o FILE 只能指定一次' },
  'standard input (-) can be read only once': { 'zh-cn': '标准输入（-）只能读取一次', 'zh-tw': '標準輸入（-）只能讀取一次' },
  '{0} is not UTF-8 text: nothing was converted': { 'zh-cn': '{0} 不是 UTF-8 文本，未作转换', 'zh-tw': '{0} 不是 UTF-8 文字，未作轉換' },

  // Reading and writing
  'cannot read {0}: {1}': { 'zh-cn': '无法读取 {0}：{1}', 'zh-tw': '無法讀取 {0}：{1}' },
  'cannot read glossary {0}: {1}': { 'zh-cn': '无法读取术语表 {0}：{1}', 'zh-tw': '無法讀取術語表 {0}：{1}' },
  'cannot write {0}: {1}': { 'zh-cn': '无法写入 {0}：{1}', 'zh-tw': '無法寫入 {0}：{1}' },
  'internal error: {0}': { 'zh-cn': '内部错误：{0}', 'zh-tw': '內部錯誤：{0}' },
  // Why a file could not be read or written: the {1} of the three above.
  'no such file': { 'zh-cn': '文件不存在', 'zh-tw': '檔案不存在' },
  'is a directory': { 'zh-cn': '这是一个目录', 'zh-tw': '這是一個目錄' },
  'permission denied': { 'zh-cn': '没有权限', 'zh-tw': '權限不足' },
  'a part of the path is not a directory': { 'zh-cn': '路径中有一部分不是目录', 'zh-tw': '路徑中有一部分不是目錄' },
  'too many symbolic links': { 'zh-cn': '符号链接层数过多', 'zh-tw': '符號連結層數過多' },
  'no space left on the device': { 'zh-cn': '设备空间不足', 'zh-tw': '裝置空間不足' },
  'read-only file system': { 'zh-cn': '文件系统为只读', 'zh-tw': '檔案系統為唯讀' },

  // The analyze report
  '{0}: {1} terms, {2} figures, {3} headings, {4} problems (script: {5})': {
    'zh-cn': '{0}：{1} 个术语，{2} 个数据，{3} 个标题，{4} 个问题（简繁：{5}）',
    'zh-tw': '{0}：{1} 個術語，{2} 個數據，{3} 個標題，{4} 個問題（簡繁：{5}）',
  },
  // The script of the text (DocumentScript), in that summary line.
  traditional: { 'zh-cn': '繁体', 'zh-tw': '繁體' },
  simplified: { 'zh-cn': '简体', 'zh-tw': '簡體' },
  mixed: { 'zh-cn': '混用', 'zh-tw': '混用' },
  none: { 'zh-cn': '无中文', 'zh-tw': '無中文' },
  Outline: { 'zh-cn': '大纲', 'zh-tw': '大綱' },
  // The kind of each heading (HeadingKind), after its title in the outline.
  part: { 'zh-cn': '篇', 'zh-tw': '篇' },
  chapter: { 'zh-cn': '章', 'zh-tw': '章' },
  section: { 'zh-cn': '节', 'zh-tw': '節' },
  article: { 'zh-cn': '条', 'zh-tw': '條' },
  gbt: { 'zh-cn': '公文层次', 'zh-tw': '公文層次' },
  markdown: { 'zh-cn': 'Markdown', 'zh-tw': 'Markdown' },
  caption: { 'zh-cn': '图表题', 'zh-tw': '圖表標題' },
  matter: { 'zh-cn': '辅文', 'zh-tw': '輔文' },
  plain: { 'zh-cn': '独立标题', 'zh-tw': '獨立標題' },
  Figures: { 'zh-cn': '数据', 'zh-tw': '數據' },
  Terms: { 'zh-cn': '术语', 'zh-tw': '術語' },
  Problems: { 'zh-cn': '问题', 'zh-tw': '問題' },
  '(no source)': { 'zh-cn': '（未注明来源）', 'zh-tw': '（未註明來源）' },
  '(lines {0})': { 'zh-cn': '（第 {0} 行）', 'zh-tw': '（第 {0} 行）' },
  // What separates the items of that list of lines.
  ', ': { 'zh-cn': '、', 'zh-tw': '、' },
} satisfies Record<string, Translation>;

export type CliTemplate = keyof typeof CLI_TRANSLATIONS;
