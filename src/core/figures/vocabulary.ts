import type { FigureKind } from '../types';

/**
 * The words the figure recogniser knows, kept as tables so that adding a unit or an idiom is
 * a one-line change. Simplified and Traditional forms are listed side by side.
 *
 * Unit vocabulary of `Figure.unit`:
 * - money: ISO 4217 codes (CNY, USD, TWD, HKD, EUR, JPY, GBP, KRW ...); a bare 元 is 'YUAN' here
 *   and is resolved by the recogniser (CNY unless the text is Taiwanese, see `FigureOptions.yuan`);
 * - percentages: '%', '‰', and 'percentage point' for 个百分点/個百分點 and 3.3pct;
 * - floating-point throughput: 'FLOP/s' (230 百億億次浮點運算/秒);
 * - everything else: the Chinese unit or classifier as written ('人', '家', '斤', '立方米', '千瓦時', '年').
 *   SI-prefixed Chinese units stay as written with their prefix ('兆瓦', '千瓦時', '千米'): the prefix is
 *   part of the unit, not a magnitude of the number. Tonnes of coal or CO₂ equivalent are units of their own
 *   ('吨标准煤', '公噸二氧化碳當量');
 * - a unit per unit: both joined by '/', money before the slash by its code and after it as written ('公斤/公顷',
 *   'CNY/千瓦时', '公斤/人', '吨标准煤/万元').
 */
export interface UnitEntry {
  text: string;
  unit: string;
  kind: FigureKind;
  /** Classifiers that, after a small Chinese numeral, count named things: 三大核心要素, 四道護城河, 兩個. */
  counted?: boolean;
  /** Only a counted classifier (三大, 四道), never a measure after Arabic digits. */
  countedOnly?: boolean;
  /** The number is approximate and a lower bound (一個多月). */
  approx?: boolean;
  /** What the number is multiplied by to be in `unit` (230 PFLOPS is 2.3 × 10¹⁷ FLOP/s). */
  scale?: number;
  /** A Latin unit (MW, Gbps): no Latin letter, digit or slash may follow it. */
  latin?: boolean;
  /** Money: a unit per unit names it by its code (0.35元/千瓦时 is CNY/千瓦时). */
  currency?: boolean;
}

const money = (unit: string, ...texts: string[]): UnitEntry[] => texts.map((text) => ({ text, unit, kind: 'amount' as const, currency: true }));
const measure = (kind: FigureKind, ...texts: string[]): UnitEntry[] => texts.map((text) => ({ text, unit: text, kind }));
const as = (unit: string, kind: FigureKind, ...texts: string[]): UnitEntry[] => texts.map((text) => ({ text, unit, kind }));
const latin = (kind: FigureKind, ...texts: string[]): UnitEntry[] => texts.map((text) => ({ text, unit: text, kind, latin: true }));
const classifier = (counted: boolean, ...texts: string[]): UnitEntry[] =>
  texts.map((text) => ({ text, unit: text, kind: 'count' as const, counted }));

/** Units and classifiers that may follow a number (longest match wins). */
export const UNITS: readonly UnitEntry[] = [
  ...money('YUAN', '元', '块钱', '塊錢'),
  ...money('CNY', '人民币', '人民幣', '人民币元', '人民幣元'),
  ...money('USD', '美元', '美金'),
  ...money('TWD', '新台币', '新台幣', '新臺幣', '台币', '台幣', '臺幣', '新台币元', '新台幣元', '新臺幣元'),
  ...money('HKD', '港元', '港币', '港幣'),
  ...money('EUR', '欧元', '歐元'),
  ...money('JPY', '日元', '日圆', '日圓', '日币', '日幣'),
  ...money('GBP', '英镑', '英鎊'),
  ...money('KRW', '韩元', '韓元', '韩圆', '韓圜'),
  ...money('AUD', '澳元', '澳币', '澳幣'),
  ...money('CAD', '加元', '加币', '加幣'),
  ...money('RUB', '卢布', '盧布'),
  ...money('MOP', '澳门元', '澳門元', '澳门币', '澳門幣'),
  ...money('SGD', '新加坡元', '新元'),
  ...money('CHF', '瑞士法郎'),
  ...measure('amount', '斤', '公斤', '千克', '克', '吨', '噸', '公吨', '公噸', '万吨', '立方米', '立方公尺', '平方米', '平方公尺',
    '平方公里', '平方千米', '公里', '千米', '公尺', '米', '公顷', '公頃', '亩', '畝', '升', '千瓦时', '千瓦時', '度电', '度電',
    '桶', '标箱', '標準箱', '岁', '歲', '周岁', '周歲', '周年', '週年', '个月', '個月', '小时', '小時', '天', '分钟', '分鐘',
    '倍', '年'),
  // Tonnes of standard coal (57.2亿吨标准煤) and of CO₂ equivalent (2.5萬公噸二氧化碳當量) measure energy and emissions.
  ...['吨', '噸', '公吨', '公噸', '千克', '公斤'].flatMap((mass) =>
    measure('amount', ...['标准煤', '標準煤', '标煤', '標煤', '二氧化碳当量', '二氧化碳當量'].map((equivalent) => mass + equivalent))),
  { text: '个多月', unit: '个月', kind: 'amount', approx: true },
  { text: '個多月', unit: '個月', kind: 'amount', approx: true },
  ...as('FLOP/s', 'rate', '次浮点运算/秒', '次浮點運算/秒', '次浮点运算每秒', '次浮點運算每秒'),
  // Latin units, after a space or not: 230 PFLOPS, 1,200 MW, 10 Gbps, 12PB.
  ...([['EFLOPS', 1e18], ['PFLOPS', 1e15], ['TFLOPS', 1e12], ['GFLOPS', 1e9]] as const)
    .map(([text, scale]) => ({ text, unit: 'FLOP/s', kind: 'rate' as const, scale, latin: true })),
  // Not TW (2330 TW is a listing in Taiwan) nor nm (28nm is a process, named like 5G).
  // AI chips are rated in TOPS, tera (10¹²) operations a second.
  { text: 'TOPS', unit: 'OP/s', kind: 'rate', scale: 1e12, latin: true },
  ...latin('rate', 'GW', 'MW', 'kW', 'GWp', 'MWp', 'kWp', 'Tbps', 'Gbps', 'Mbps', 'GHz', 'MHz'),
  // 100KW, as often written, is 100 kW (10KWh, 5KWp likewise).
  { text: 'KW', unit: 'kW', kind: 'rate', latin: true },
  { text: 'KWp', unit: 'kWp', kind: 'rate', latin: true },
  { text: 'KWh', unit: 'kWh', kind: 'amount', latin: true },
  ...latin('amount', 'TWh', 'GWh', 'MWh', 'kWh', 'ZB', 'EB', 'PB', 'TB', 'GB', 'MB', 'km', 'kg'),
  ...measure('rate', '千瓦', '兆瓦', '吉瓦', '瓦', '兆赫', '吉赫', '千赫', '赫兹', '赫茲', '公里/小时', '公里/小時', '千米/小时',
    '次/秒', '兆字节', '兆位元組', '兆比特'),
  ...classifier(true, '个', '個', '项', '項', '条', '條', '种', '種', '类', '類', '家', '座', '所', '位', '名', '部', '张', '張', '方面'),
  ...classifier(false, '人', '人次', '户', '戶', '件', '台', '辆', '輛', '架', '架次', '艘', '篇', '册', '冊', '本', '套', '批',
    '次', '场', '場', '株', '头', '頭', '只', '隻', '处', '處', '栋', '棟', '例', '宗', '笔', '筆', '支', '颗', '顆', '枚'),
  { text: '大', unit: '大', kind: 'count', counted: true, countedOnly: true },
  { text: '道', unit: '道', kind: 'count', counted: true, countedOnly: true },
  { text: '点', unit: '点', kind: 'count', counted: true, countedOnly: true },
  { text: '點', unit: '點', kind: 'count', counted: true, countedOnly: true },
];

/** Units that neither divide nor are divided in a unit per unit: 倍 and ages. */
export const NEVER_PER_UNIT = new Set(['倍', '岁', '歲', '周岁', '周歲', '周年', '週年']);

/**
 * Besides measures, what may follow the slash of a unit per unit: a month, day, week or second, and a person or
 * household, since a per-capita amount (10公斤/人, 500元/户) is a unit per unit as 公斤/公顷 is, and an amount of money
 * as written (an energy intensity: 0.5吨标准煤/万元 of GDP).
 */
export const PER_UNIT_WORDS: readonly UnitEntry[] = [
  ...measure('amount', '月', '日', '周', '週', '秒'),
  ...classifier(false, '人', '人次', '户', '戶'),
  ...measure('amount', '元', '万元', '萬元', '亿元', '億元', '美元', '万美元', '萬美元'),
];

/** What after a slash makes 元 the start of another word: 10万人次/元旦, 3000吨/元宵节, 20立方米/美元区. */
export const NOT_AFTER_PER_YUAN = new Set([...'旦宵素件年首月老气氣代朝器区區']);

/** Latin magnitudes after an amount in a currency written before it: US$3.2 billion, HK$1.5bn. */
export const LATIN_MAGNITUDES: readonly { text: string; scale: number }[] = [
  { text: 'trillion', scale: 1e12 },
  { text: 'billion', scale: 1e9 },
  { text: 'million', scale: 1e6 },
  { text: 'bn', scale: 1e9 },
  { text: 'mn', scale: 1e6 },
];

/** Currency words written before the number: 新台幣 800 元, 人民幣 2,300 億元, NT$80. */
export const PREFIX_CURRENCIES: readonly { text: string; unit: string }[] = [
  ...['人民币', '人民幣', 'RMB', '￥', '¥'].map((text) => ({ text, unit: 'CNY' })),
  ...['新台币', '新台幣', '新臺幣', '台币', '台幣', '臺幣', 'NT$', 'NTD'].map((text) => ({ text, unit: 'TWD' })),
  ...['港币', '港幣', 'HK$'].map((text) => ({ text, unit: 'HKD' })),
  ...['美金', 'US$', 'USD'].map((text) => ({ text, unit: 'USD' })),
];

/**
 * Qualifiers that make a figure approximate. `bound` says which side the written number
 * limits: 超過 230 is at least 230 ('lower'), 不到 5% at most 5% ('upper'); 約/左右 have none.
 */
export interface Qualifier {
  text: string;
  bound?: 'lower' | 'upper';
}

export const QUALIFIERS_BEFORE: readonly Qualifier[] = [
  ...['约', '約', '大约', '大約', '大概', '高达', '高達'].map((text) => ({ text })),
  ...['逾', '超', '超过', '超過', '突破', '多于', '多於', '高于', '高於', '不少于', '不少於', '不低于', '不低於', '至少', '最少'].map((text) => ({ text, bound: 'lower' as const })),
  ...['近', '将近', '將近', '接近', '不到', '不足', '未满', '未滿', '不超过', '不超過', '不超', '不高于', '不高於', '不多于', '不多於', '低于', '低於', '少于', '少於', '最多', '至多'].map((text) => ({ text, bound: 'upper' as const })),
];

export const QUALIFIERS_AFTER: readonly Qualifier[] = [
  ...['左右', '上下'].map((text) => ({ text })),
  ...['以上', '之多', '有余', '有餘', '多'].map((text) => ({ text, bound: 'lower' as const })),
  ...['以下', '以内', '以內'].map((text) => ({ text, bound: 'upper' as const })),
];

/**
 * After 突破 and a number under 10,000 (and 多/余), a classifier and what is broken through (a technology, a problem)
 * counts those things, not a threshold passed: 突破3项关键技术, 突破30余项核心技术, 突破5个技术瓶颈. 突破1300万辆,
 * 突破50%, 突破2个百分点, 出口突破100个国家 and 专利授权量突破1000项。 are thresholds; 不突破3% is a cap (NEGATORS).
 */
export const BROKEN_THROUGH =
  /^[多余餘]?(?:[项項批类類种種道关關大][\u3400-\u9fff“「]|[个個](?:关键|關鍵|核心|技术|技術|难题|難題|难点|難點|难关|難關|瓶颈|瓶頸|堵点|堵點|卡点|卡點|痛点|痛點|壁垒|壁壘|短板|重大|重点|重點|前沿|共性|国产|國產|卡脖子|“|「))/;

/**
 * Threshold words a negation turns round (FLIPPED_BY_NEGATION), and the words that negate them: 不得超过3% and 未突破100万辆
 * are at most, 不得低于 at least. (不超过, 不低于 … are qualifiers of their own; 尚未接近5% stays at most, as 接近5% is.)
 */
export const FLIPPED_BY_NEGATION = new Set([
  '超过', '超過', '超', '逾', '突破', '高于', '高於', '低于', '低於', '多于', '多於', '少于', '少於',
]);
export const NEGATORS = [
  '不得', '不能', '不可', '不应', '不應', '不宜', '不会', '不會', '不准', '未能', '尚未', '并未', '並未', '从未', '從未', '没有', '沒有',
  '难以', '難以', '无法', '無法', '未', '不',
].map((text) => ({ text }));

/**
 * Before a threshold, these leave it open (未必能突破5%, 能否突破, 是否能超过): no bound is read. 是否 alone hedges 突破
 * (是否突破5%仍存在不确定性), not 超过 (是否超过40亿元 in a rule states the threshold).
 */
export const HEDGES = ['未必能', '未必', '不一定能', '不一定', '能否', '可否', '是否能', '是否會', '是否会'].map((text) => ({ text }));

/** 多/余/餘 between the number and its unit or magnitude: 40余萬家, 300多家, 十余年 (a lower bound). */
export const INNER_APPROX = new Set(['多', '余', '餘']);

/** Joiners of a range: 70%~95%, 5%至8%, 2021—2025年. */
export const RANGE_JOINERS: readonly string[] = ['——', '—', '–', '-', '~', '〜', '至', '到', '−'];

/** Words before a number that make it part of a name or a reference, not a figure: 圖1-1, 表2. */
export const CAPTION_WORDS: readonly string[] = ['图', '圖', '表', '附图', '附圖', '附表', '附件', '附录', '附錄', '插图', '插圖'];

/** Classifiers after 第 that belong to an ordinal: 第二位, 第一道, 第3917次, 第3條. */
export const ORDINAL_CLASSIFIERS: readonly string[] = [
  '位', '名', '道', '大', '次', '届', '屆', '季', '期', '批', '条', '條', '款', '项', '項', '章', '节', '節', '篇', '轮', '輪',
  '季度', '天', '页', '頁', '层', '層', '个', '個', '年', '部', '阶段', '階段', '梯队', '梯隊', '集', '版', '卷', '会期', '會期', '波',
  '号', '號', '种', '種', '类', '類', '家', '站', '棒', '步',
].sort((a, b) => b.length - a.length);

/** Ordinals that head a line as a heading number (第一章 总则), left to the outline. */
export const HEADING_ORDINAL_CLASSIFIERS = new Set(['章', '节', '節', '条', '條', '篇', '编', '編', '部', '卷']);

/**
 * Words and set phrases that contain numerals but state no figure: idioms, plan and slogan
 * names, party congress names. A numeral inside one of these is skipped.
 */
export const NON_FIGURE_WORDS: readonly string[] = [
  // everyday words
  '一方面', '另一方面', '一系列', '一步', '进一步', '進一步', '统一', '統一', '唯一', '之一', '一致', '一起', '一直', '一定',
  '一般', '一切', '一旦', '一律', '一同', '一体化', '一體化', '万一', '萬一', '一些', '一下', '一再', '一向', '一样', '一樣',
  '一次性', '一揽子', '一攬子', '一站式', '一流', '一线', '一線', '二线', '二線', '第一线', '第一線', '第一时间', '第一時間',
  '第一手', '一把手', '十分', '百姓', '千万不要', '千萬不要', '三三两两', '三三兩兩', '两岸', '兩岸', '两会', '兩會',
  // idioms (成語)
  '一帆风顺', '一帆風順', '三心二意', '一心一意', '一成不变', '一成不變', '四面八方', '五湖四海', '千方百计', '千方百計',
  '百花齐放', '百花齊放', '九牛一毛', '十全十美', '一举两得', '一舉兩得', '三令五申', '七上八下', '乱七八糟', '亂七八糟',
  '一目了然', '一脉相承', '一脈相承', '独一无二', '獨一無二', '千差万别', '千差萬別', '万无一失', '萬無一失', '百折不挠',
  '百折不撓', '一以贯之', '一以貫之', '一张蓝图', '一張藍圖', '一分为二', '一分為二', '百年大计', '百年大計', '千载难逢',
  '千載難逢', '一马当先', '一馬當先', '举一反三', '舉一反三', '三番五次', '接二连三', '接二連三', '五花八门', '五花八門',
  '千家万户', '千家萬戶', '十万八千里', '十萬八千里', '千头万绪', '千頭萬緒', '三天两头', '三天兩頭', '三年五载', '三年五載',
  '三天打鱼两天晒网', '三天打魚兩天曬網',
  // plan, slogan and meeting names
  '十一五', '十二五', '十三五', '十四五', '十五五', '十六五', '一带一路', '一帶一路', '一国两制', '一國兩制', '双一流', '雙一流',
  '一网通办', '一網通辦', '一网统管', '一網統管', '一件事', '一号文件', '一號文件', '三农', '三農', '三公经费', '三公經費',
  '十五大', '十六大', '十七大', '十八大', '十九大', '二十大', '二十一大',
  '两个一百年', '兩個一百年', '四个全面', '四個全面', '五位一体', '五位一體', '两个确立', '兩個確立', '两个维护', '兩個維護',
  '四个意识', '四個意識', '四个自信', '四個自信', '六稳', '六穩', '六保', '三去一降一补', '三去一降一補',
  '三个代表', '三個代表', '千万工程', '千萬工程', '五年规划', '五年規劃', '五年计划', '五年計劃',
];

// ---------------------------------------------------------------- context words of the recogniser

/** After 千 these make an SI unit (千瓦, 千克, 千米), not a thousand. */
export const SI_AFTER_QIAN = new Set('瓦克米卡焦帕伏赫');
/** After 兆 these make an SI unit (兆瓦, 兆赫, 兆字节), not a trillion. */
export const SI_AFTER_ZHAO = new Set('瓦赫焦帕字位比欧歐伏安');
/** 成 starting these words is not 'tenths': 成本, 成長, 成功. */
export const NOT_TENTHS = new Set('長长功立本果員员都交效熟績绩分为為型形群');
/** Characters that end the noun after a counted classifier (三大核心要素之爭 → 核心要素). */
export const NOUN_STOPS = new Set('的之和与與及在上中为為是等以对對将將于於从從向把被并並或也都而了着著有后後前这這那其各已将把則则所');
export const PERCENT_POINT = ['个百分点', '個百分點', '个百分點', '個百分点'];
/** Percentage points as broker reports write them: 回落3.3pct, 提升2pcts. */
export const PERCENT_POINT_LATIN = ['pcts', 'pct'].map((text) => ({ text }));
export const ROC_PREFIXES = ['中華民國', '中华民国', '民國', '民国'].map((text) => ({ text }));
/** Words before a number that make it a year of the calendar, however small: 公元25至220年. */
export const ERA_PREFIXES = ['公元前', '西元前', '公元', '西元'].map((text) => ({ text }));
/** Words after N年 that make it a span of time, not a 民國 year: 113年來, 100年歷史, 130年之久. */
export const DURATION_AFTER_YEAR = [
  ...'來来间間內内後后多余餘前了',
  '歷史', '历史', '的歷史', '的历史', '之久', '以來', '以来', '一遇',
];
/** Words before N年 that make it a span of time: 連續12年, 有100年歷史, 成立100年. */
export const DURATION_BEFORE_YEAR = [
  '連續', '连续', '持續', '持续', '長達', '长达', '歷時', '历时', '經過', '经过', '用了', '花了',
  '已有', '已經', '已经', '擁有', '拥有', '具有', '滿', '满', '屆滿', '届满', '歷經', '历经', '成立', '通車', '通车',
  '使用年限', '年限', '迄今', '至今', '齡', '龄', '壽命', '寿命',
];
/**
 * Verbs after which N年 closing a phrase counts years (該公司成立100年，臺鐵已通車130年。), where 截止115年。 or
 * 目標119年。 name a year.
 */
export const YEARS_COUNTING_VERBS = [
  '成立', '通車', '通车', '創立', '创立', '建校', '創校', '创校', '開業', '开业', '營運', '营运', '經營', '经营',
  '服務', '服务', '執業', '执业', '存在', '運行', '运行', '開辦', '开办', '創辦', '创办', '落成', '啟用', '启用', '建立',
];
/**
 * Qualifiers that compare with a year rather than bound a number of years: 低於112年同期, 高於111年 (超過100年 is
 * more than a hundred years). A negated one ends with one of them (不得低於).
 */
export const YEAR_COMPARISONS: readonly string[] = ['高于', '高於', '低于', '低於', '不高于', '不高於', '不低于', '不低於', '突破'];
/** A word ending in 表/圖 that is not a caption: 代表, 發表, 時間表. */
export const NOT_CAPTION_BEFORE = new Set('代發发報报列年間间外統统課课');
/**
 * Words that end in a one-character qualifier, which is then no qualifier: 节约30%的能源 (save), 签约35个项目 (sign),
 * 公约有196个缔约方 (treaty), 最近3年 (recently), 邻近3所医院 (nearby). Only words the qualifier seldom meets by chance
 * (持续 约3年, 已婚 约占75%, 社会实践 约3万人次 keep it); each maps to the characters that, just before it, make its first
 * character the end of another word, so that the qualifier stands: 办公 约3000平方米, 干预 约3000例, 环节 约占30%, 可调节
 * 约30% (not 关 or 时: 机关节约, 同时节约 save). See also
 * HOLIDAYS_BEFORE_JIE and COUNTING_BEFORE_TIAO.
 */
export const QUALIFIER_WORDS: ReadonlyMap<string, string> = new Map([
  ['节约', '环季章细调情'], ['節約', '環季章細調情'], ['公约', '办'], ['公約', '辦'], ['条约', ''], ['條約', ''], ['签约', ''], ['簽約', ''],
  ['预约', '干'], ['預約', '干幹'], ['违约', ''], ['違約', ''], ['履约', ''], ['履約', ''], ['契约', ''], ['契約', ''],
  ['最近', ''], ['附近', ''], ['接近', ''], ['将近', ''], ['將近', ''], ['邻近', ''], ['鄰近', ''], ['靠近', ''],
]);

/**
 * Words whose last character is one of 节约's in QUALIFIER_WORDS (调, 季, 环, 细) but which end before 节约, which then
 * saves: 空调节约30%, 夏季节约30%, 循环节约50%, 精细节约, 协调节约.
 */
export const SAVING_AFTER = [
  '空调', '空調', '协调', '協調', '强调', '強調', '夏季', '冬季', '春季', '秋季', '旺季', '淡季', '四季', '暖季', '雨季', '旱季',
  '循环', '循環', '精细', '精細', '每季',
];

/** Holidays whose 节 meets 约 by chance: 春节 约8亿人次, 国庆节 约8亿人次出游 (without them, 机关节约30% saves). */
export const HOLIDAYS_BEFORE_JIE = [
  '春', '国庆', '國慶', '中秋', '端午', '元宵', '清明', '劳动', '勞動', '妇女', '婦女', '教师', '教師', '植树', '植樹', '重阳', '重陽',
  '七夕', '圣诞', '聖誕', '文化', '艺术', '藝術', '购物', '購物', '音乐', '音樂', '电影', '電影', '丰收', '豐收',
];

/** A number or 每 before 条约 makes 条 a classifier: 一条 约5公里, 每条 约30公里 (该条约 is the treaty). */
export const COUNTING_BEFORE_TIAO = /[0-9０-９一二三四五六七八九十两兩几幾每]/;

/**
 * What may come just before 约有 for 约 to qualify the number (全国约有3500万人, 其中约有): after other characters 约 is
 * too often a word's own (该合约有3项, 公约有196个, 该联盟约有200家 are not told apart), and 约有 is read as 有 alone.
 */
export const BEFORE_ABOUT_HAVE = '共总總计計中内內国國省市县縣区區全年';

/** Verbs that may stand between a qualifier and its number: 約增 40.6%, 約有三千五百萬人. */
export const BRIDGE_VERBS = ['有', '增加', '減少', '减少', '增長', '增长', '下降', '上升', '增', '減', '减', '占', '佔', '達', '达', '為', '为'].map((text) => ({ text }));
/** Names only Taiwanese texts use: they switch 元 to TWD and 3-digit years to 民國 years. */
export const TAIWAN_MARKERS = /民國|民国|新臺幣|新台幣|新台币|行政院|立法院|監察院|主計總處|主計處|經濟部|臺灣|台灣|臺北|台北/;
/**
 * Names a Hong Kong text uses, in the Traditional forms Hong Kong writes (a mainland text that names the region
 * writes 特别行政区): they switch a bare 元 to HKD.
 */
export const HONG_KONG_MARKERS = /香港特別行政區|香港特區|港府|政府統計處|庫務署|財經事務及庫務局/;
/** N年 followed by these is a year, not a span of years: 114年度 (民國 even without 民國), 106年第4季, 一二年底. */
export const CALENDAR_YEAR_AFTER = ['年度', '年第', '年底', '年初', '年上半年', '年下半年'];

/** Words for a financial year written after its number in place of 年: 2023財政年度, 2023至24财年, 2023/24會計年度. */
export const FISCAL_YEAR_WORDS = ['財政年度', '财政年度', '會計年度', '会计年度', '財年度', '财年度', '財年', '财年'];
/** Halves of a year after N年, as their months: 2024年上半年 is January to June. */
export const HALF_YEARS: readonly { text: string; from: number; to: number }[] = [
  { text: '上半年', from: 1, to: 6 },
  { text: '下半年', from: 7, to: 12 },
];
/** N次 before these names a session, an ordinal: 三次会议 is the third session. */
export const SESSION_WORDS = ['全会', '全會', '会议', '會議', '大会', '大會', '常委会', '常委會', '党代会', '黨代會'];
