import type { Citation, Span } from '../types';
import { splitClauses } from '../text/sentences';

/**
 * Source cues inside one sentence: the words with which a text says where a figure comes from.
 *
 * Three families. Source labels are looked for in the whole sentence first (their colon splits
 * clauses); then each other clause gets at most one cue, 據 before reporting verbs:
 * 1. 據/根據/依據 at the start of a clause: `據國家互聯網信息辦公室發布的《國家信息化發展報告(2023 年)》`,
 *    `根據美國國家科學與工程統計中心發布的統計報告`, `據統計`. A law, plan or policy introduced this way
 *    (`根據《中華人民共和國數據安全法》的規定`, `根據規劃`) is not a data source and gives no cue.
 *    The bare 據 form without 《》 or a word like 統計/報告/消息 (`據路透社`) counts; bare 根據/依據 do not,
 *    since `根據市場需求` is not a citation.
 * 2. A source label anywhere in the sentence: `數據來源：X`, `資料來源於X`, `來源：X`, `Source: X`. Such a
 *    label may also point back at figures before it in the same sentence. `資金主要來源于企業` is no label.
 * 3. An agency or document followed by a reporting verb at the start of a clause: `瑞穗證券估計`,
 *    `國家統計局數據顯示`, `《2023年報告》顯示`, `報告預計`.
 */

export interface Cue {
  citation: Citation;
  /** A source label (資料來源：X) that may also cover figures before it in its sentence. */
  pointsBack: boolean;
  /**
   * Words that read like a cue but cite nobody (以當時預測, 與4月的預測相比): the text's own reckoning starts there, so
   * an earlier cue of the sentence does not carry past them.
   */
  stops?: boolean;
  /**
   * A statement of intent (美國曾表示將課稅; only after a verb of saying): it cites for the figures after it, but after
   * the text's own reckoning no figure falls back to it.
   */
  intent?: boolean;
}

/** Verbs of saying, which may state an intent (after 預估, 將 starts the forecast itself: 主計總處預估，將成長3.5%). */
const SAYING = /(?:表示|指出|認為|认为|透露|稱|称)$/;
/** After a verb of saying, these make the clause a statement of intent: 美國曾表示將課稅, 美國曾表示，將課稅. */
const INTENT_AFTER = /^[\s，,：:]*(?:[將将](?!近)|[會会](?![中议議上同])|要)/;

const CLAUSE_CONNECTORS = /^(?:另外|此外|同時|同时|其中|然而|但是|而且|另|又|而|但|且)\s*/;
/** Opening brackets, spaces, control characters and U+FFFD before a clause's first word: （據統計，…）. */
const CLAUSE_OPENERS = /^[\s\0-\x1f\x7f\uFFFD（(【\[「『“‘〔〈]+/;
const ACCORDING_TO = /^(根據|根据|依據|依据|據|据)/;
const DATELINE_ACCORDING = /[電电][ \t\u3000]+(根據|根据|依據|依据|據|据)/;
/** 據 after a lead with no Han character (a Latin word, a code): `AI 據瑞穗證券估計`. */
const LATIN_LEAD_ACCORDING = /^[^\u3400-\u9fff\uf900-\ufaff]*?[ \t\u3000](根據|根据|依據|依据|據|据)/;
/** 據悉, 據了解: hearsay, not a source. */
const HEARSAY = /^(悉|了解|介紹|介绍|此|此前)/;
const SOURCE_LABEL =
  /(?:(?:數據|数据|資料|资料)(?:來源|来源)(?:於|于|為|为|是)?[ \t]*[:：]?|(?:來源|来源)[ \t]*[:：]|Sources?[ \t]*:)[ \t\u3000]*/i;
const REPORTING_VERBS =
  /數據顯示|数据显示|統計顯示|统计显示|調查顯示|调查显示|研究顯示|研究显示|報告顯示|报告显示|測算顯示|测算显示|資料顯示|资料显示|顯示|显示|估計|估计|預計|预计|預估|预估|預測|预测|測算|测算|統計|统计|計算|计算|指出|認為|认为|表示|透露|稱|称/g;
/** Verbs that are also nouns or name parts (統計局, 計算中心, 名稱): only a cue right before a clause end or colon. */
const VERBS_NEEDING_PAUSE = new Set(['統計', '统计', '計算', '计算', '稱', '称']);
/** After these, a verb is an adjective or a noun: 估計值, 預計的, 統計中心. */
const NOT_A_VERB_AFTER = '值的數数結结報报量中局部司處处所院';
/** 增長預計將…: the subject of a forecast, not its author. */
const ESTIMATE_VERBS = new Set(['估計', '估计', '預計', '预计', '預估', '预估', '預測', '预测', '測算', '测算']);
const FORECAST_SUBJECT_AFTER = '將将會会要可能為为在到至於于';
const DATA_NOUN_END = /(報告|报告|數據|数据|研究|調查|调查|統計|统计|測算|测算|資料|资料|公報|公报)$/;
/** Words that end the cue of a 據 clause without 《》: 據國家統計局統計, 據路透社消息. */
const ACCORDING_TERMINATORS =
  /統計|统计|數據|数据|報告|报告|測算|测算|估計|估计|預測|预测|預計|预计|調查|调查|報道|报道|顯示|显示|公報|公报|資料|资料|消息|計算|计算|研究|披露/g;
const AGENCY_SUFFIX_START = '中局司處处所院部委署廳厅室會会組组協协';
const POLICY_TITLE =
  /(法|法典|條例|条例|規定|规定|辦法|办法|規則|规则|細則|细则|決定|决定|決議|决议|意見|意见|通知|綱要|纲要|規劃|规划|計劃|计划|方案|公約|公约|協定|协定|章程)$/;
const POLICY_AFTER_TITLE = /^\s*的?\s*(規定|规定|要求|精神|部署|安排)/;
const POLICY_WORDS_END =
  /(規定|规定|要求|部署|精神|安排|規劃|规划|計劃|计划|方案|目標|目标|原則|原则|需要|需求|情況|情况|法律|法規|法规|政策)$/;

const LEADING_NOISE =
  /^(?:另外|此外|同時|同时|其中|然而|但是|而且|另|又|而|但|且|也|該|该|這|这|此|其|上述|以上|有關|有关|相關|相关|近日|日前|此前|近期|最近|最新|今年|去年|目前|當時|当时|較早前|较早前|早前|(?:同年|同月|同期)(?![初底末])|(?:以|按|依)(?:當時|当时|目前|當前|当前|現在|现在)|[0-9０-９]{2,4}\s*年(?:\s*[0-9０-９]{1,2}\s*月(?:\s*[0-9０-９]{1,2}\s*日)?)?|的)\s*/;
const TRAILING_NOISE =
  /(?:的|最新|發布|发布|發佈|发佈|公布|發表|发表|出具|披露|編制|编制|給出|给出|統計報告|统计报告|統計公報|统计公报|統計數據|统计数据|研究報告|研究报告|報告中|报告中|報告|报告|數據|数据|資料|资料|研究|調查|调查|測算|测算|估計|估计|預測|预测|報道|报道|消息|公報|公报|公告|白皮書|白皮书|結果|结果|年鑑|年鉴|統計|统计|計算|计算|普遍|一般|初步|也|還|还|則|则|曾經|曾经|曾|亦|當時|当时|昨天|昨日|今天|今日|前天|日前|近日|近期|此前|本週|本周|上週|上周|本月|上月|今年|去年|[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日|[0-9０-９]{1,2}\s*日|[0-9０-９]{4}\s*年)\s*$/;
/**
 * An adverb that ends an agency's name when only words of revising or degree stand between it and the reporting verb:
 * 主計總處也修正預測, 世界银行也大幅下调预测, 高盛还进一步预计, 主計總處亦上修預測, 央行還預計 (not 刘亦明, 亦庄, 也门).
 */
const ADVERB_AFTER_AGENCY =
  /[也亦還还](?=(?:大幅|小幅|進一步|进一步|同步|同時|同时|隨後|随后|先後|先后|分別|分别|一度|首次|再度|再次|同樣|同样|隨之|随之|相應|相应|上修|下修|上調|上调|下調|下调|調降|调降|調升|调升|調高|调高|調低|调低|修正|修訂|修订|略|再|又|曾)*$)/;
/**
 * A comparison with another figure, not a citation: 與4月的預測相比, 与4月预测一致, 比此前的預測上調, 較主計總處5月預測高
 * (with what the verb is followed by); 与会专家, 比亚迪, 跟谁学 are names.
 */
const COMPARED_BEFORE = /^(?:與|与|跟|同|和|比|較|较)/;
/** 同年, 同月, 較早前 start a time, not a comparison (同年世界银行预测下调至4.5%); 同年初, 较年初 compare. */
const TIME_LEAD = /^(?:同(?:年|月|期|日|時|时)(?![初底末])|較早|较早)/;
/** Forecast verbs, read as nouns in a comparison (4月预测, 此前預估); 数据显示 and the like never are. */
const FORECASTS = new Set(['預測', '预测', '預估', '预估', '預計', '预计', '估計', '估计']);
/** 较市场预测上调5美元: after 較, a revision and the difference. */
const REVISED_BY = /^\s*(?:大幅|小幅|進一步|进一步)?(?:[上下](?:調|调|修)|調[高低升降]|调[高低升降])了?\s*[0-9０-９一二三四五六七八九十兩两半]/;
/** 比此前, 较去年: a comparison with an earlier figure whatever follows the verb. */
const COMPARED_WITH_EARLIER = /^(?:比|較|较)(?:此前|之前|先前|去年|上年|上次|前次|原)/;
/** Words only a comparison ends in: 与…预测一致, 與4月的預測相比. */
const ONLY_COMPARISONS = /^\s*(?:相比|相較|相较|比較|比较|來看|来看|一致|持平|相當|相当|相同|吻合)/;
/** After a forecast compared with one of a time (較4月預測上修, 比4月预测乐观): a comparative, with or without a number. */
const COMPARATIVE_AFTER =
  /^\s*(?:大幅|小幅|進一步|进一步|明顯|明显|更為|更为|略|稍|更)?(?:[上下](?:調|调|修)|調[高低升降]|调[高低升降]|提高|降低|增加|減少|减少|高|低|多|少|快|慢|樂觀|乐观|悲觀|悲观)/;
/** A comparative adjective and the difference (比世界银行预测高0.5): a comparison with any forecast. */
const DIFFERENCE_AFTER = /^\s*(?:略|稍|更)?(?:高|低|多|少|快|慢)了?\s*[0-9０-９一二三四五六七八九十兩两半]/;
const COMPARED_TIME = /[0-9０-９]|[月年季]|此前|之前|先前|早前|上次|前次|當時|当时|原/;

/**
 * Whether the words `before` a forecast verb and those after it (`rest`) compare with another forecast: 與4月的預測相比,
 * 与IMF预测一致, 較4月預測上修, 比世界银行预测高0.5, 较市场预测上调5美元; not 比亚迪预计增加20万辆, 同仁堂预计下调全年
 * 目标 (a company's own forecast).
 */
function isComparison(before: string, rest: string): boolean {
  if (COMPARED_WITH_EARLIER.test(before)) return true;
  if (!COMPARED_BEFORE.test(before)) return false;
  if (ONLY_COMPARISONS.test(rest) || DIFFERENCE_AFTER.test(rest)) return true;
  if (TIME_LEAD.test(before)) return false;
  if (COMPARED_TIME.test(before.slice(1)) && COMPARATIVE_AFTER.test(rest)) return true;
  return /^[較较]/.test(before) && REVISED_BY.test(rest);
}
/**
 * The text's own reckoning: 以當時預測, 以此計算, 以當時匯率計算, 按当时价格计算, 按當年價格計算 cite nobody, and end the
 * carrying of an earlier cue.
 */
const OWN_RECKONING =
  /^(?:以|按|依)(當時|当时|當年度?|当年度?|目前|當前|当前|此|現在|现在|現時|现时|現價|现价|不變|不变|可比|美元|人民幣|人民币|新台幣|新臺幣|港幣|港币)/;
/**
 * A measure the text reckons by, after 以目前/按當年 …: 以目前股價, 按当年汇率, 依目前趨勢, 按当年GDP. Anything else after
 * them is whoever reckons (依目前主計總處預估, 依目前法人預估, 按目前瑞银预测), which the figures cite.
 */
const MEASURE_END = /(?:[價价率格徑径勢势速度準准平模值額额量比]|GDP|EPS|PE)$/;
/** Characters that make the words before a verb a phrase, not the name of an agency. */
const NOT_IN_AGENCY = /[是了着著將将把被已都就並并對对向從从讓让使我你他她它們们這这那該该此其要%％]/;
const AGENCY_MAX = 30;

/**
 * The agency named by the words before a verb or 《title》; `ok` is false when they are not a name, and `reckoning`
 * says when they are the text's own reckoning (以當時, 以此) or, with no measure after 目前/當前, unnamed (依目前).
 */
export function agencyFrom(words: string): { ok: boolean; publisher?: string; reckoning?: 'own' | 'unnamed' } {
  let s = words.trim();
  // 以目前股價計算, 按不变价格计算, 以此计算: the text's own reckoning; 依目前主計總處預估: the agency's.
  const reckoning = OWN_RECKONING.exec(s);
  const measure = reckoning ? s.slice(reckoning[0].length).replace(/^的|的$/g, '') : '';
  if (reckoning && measure === '' && /^(?:目前|當前|当前)$/.test(reckoning[1])) return { ok: false, reckoning: 'unnamed' };
  if (reckoning && (measure === '' || MEASURE_END.test(measure))) return { ok: false, reckoning: 'own' };
  const stripLeading = () => {
    for (let m = LEADING_NOISE.exec(s); m && m[0].length > 0; m = LEADING_NOISE.exec(s)) s = s.slice(m[0].length);
  };
  const stripTrailing = () => {
    for (let m = TRAILING_NOISE.exec(s); m && m[0].length > 0; m = TRAILING_NOISE.exec(s)) s = s.slice(0, m.index);
  };
  stripLeading();
  stripTrailing();
  // 國際貨幣基金組織10月31日在京發佈: the agency is before 在.
  const at = s.indexOf('在');
  if (at > 0) {
    s = s.slice(0, at);
    stripTrailing();
  }
  s = s.trim();
  if (s.length === 0 || !/[A-Za-z\u3400-\u9fff]/.test(s)) return { ok: true };
  // A comparison's word left alone (比, 较 of 较此前) is no name.
  if (s.length > AGENCY_MAX || NOT_IN_AGENCY.test(s) || (s.length === 1 && COMPARED_BEFORE.test(s))) return { ok: false };
  // 主計總處也修正預測: the agency is before 也 (what comes after was read for NOT_IN_AGENCY first: 企业也对前景表示).
  const adverb = s.search(ADVERB_AFTER_AGENCY);
  if (adverb > 0) {
    s = s.slice(0, adverb);
    stripTrailing();
    s = s.trim();
    if (s.length === 0) return { ok: true };
  }
  return { ok: true, publisher: s };
}

/** True for the title of a law, regulation, plan or policy: 《中華人民共和國數據安全法》, 《“十四五”規劃》. */
function isPolicyTitle(title: string): boolean {
  const bare = title.replace(/\s*[（(][^（()）]*[)）]\s*$/, '').trim();
  return POLICY_TITLE.test(bare);
}

/** Cues of one sentence, in text order. */
export function findCues(text: string, sentence: Span): Cue[] {
  // Labels first: 資料來源：X spans the colon that splits clauses.
  const cues = labelCues(text, sentence);
  const labels = cues.length;
  for (const clause of splitClauses(text, sentence)) {
    let overlaps = false;
    for (let i = 0; i < labels; i++) {
      const { start, end } = cues[i].citation;
      if (start < clause.end && clause.start < end) overlaps = true;
    }
    if (overlaps) continue;
    const cue = clauseCue(text, clause);
    if (!cue) continue;
    if (!cue.stops && SAYING.test(cue.citation.text) && INTENT_AFTER.test(text.slice(cue.citation.end, sentence.end))) cue.intent = true;
    cues.push(cue);
  }
  return labels > 0 ? cues.sort((a, b) => a.citation.start - b.citation.start) : cues;
}

function makeCue(text: string, start: number, end: number, pointsBack: boolean, title?: string, publisher?: string): Cue {
  const citation: Citation = { start, end, text: text.slice(start, end) };
  if (title) citation.title = title;
  if (publisher) citation.publisher = publisher;
  return { citation, pointsBack };
}

function clauseCue(text: string, clause: Span): Cue | undefined {
  const whole = text.slice(clause.start, clause.end);
  const opened = CLAUSE_OPENERS.exec(whole)?.[0].length ?? 0;
  const lead = CLAUSE_CONNECTORS.exec(whole.slice(opened));
  const offset = clause.start + opened + (lead ? lead[0].length : 0);
  const words = whole.slice(offset - clause.start);

  const according = ACCORDING_TO.exec(words);
  if (according) return accordingCue(text, offset, words, according[1]);
  // News datelines: 中新网 12月11日电 据国家统计局网站11日消息
  const afterDateline = DATELINE_ACCORDING.exec(words);
  if (afterDateline) {
    const at = afterDateline.index + afterDateline[0].length - afterDateline[1].length;
    return accordingCue(text, offset + at, words.slice(at), afterDateline[1]);
  }
  const afterLatin = LATIN_LEAD_ACCORDING.exec(words);
  if (afterLatin) {
    const at = afterLatin[0].length - afterLatin[1].length;
    return accordingCue(text, offset + at, words.slice(at), afterLatin[1]);
  }
  return verbCue(text, offset, words);
}

/** 據… cues; undefined for hearsay and for laws or plans. */
function accordingCue(text: string, offset: number, words: string, word: string): Cue | undefined {
  const rest = words.slice(word.length);
  if (HEARSAY.test(rest)) return undefined;
  const open = rest.indexOf('《');
  const close = open === -1 ? -1 : rest.indexOf('》', open + 1);
  if (open !== -1 && close !== -1) {
    const title = rest.slice(open + 1, close);
    if (isPolicyTitle(title) || POLICY_AFTER_TITLE.test(rest.slice(close + 1))) return undefined;
    const { publisher } = agencyFrom(rest.slice(0, open));
    return makeCue(text, offset, offset + word.length + close + 1, false, title, publisher);
  }
  ACCORDING_TERMINATORS.lastIndex = 0;
  let end = -1;
  let termStart = -1;
  for (let m = ACCORDING_TERMINATORS.exec(rest); m; m = ACCORDING_TERMINATORS.exec(rest)) {
    const after = m.index + m[0].length;
    if (after < rest.length && AGENCY_SUFFIX_START.includes(rest[after])) continue;
    termStart = m.index;
    end = after;
    // 統計報告, 統計數據顯示, 發布的統計報告: take the whole run of document words.
    for (let next = ACCORDING_TERMINATORS.exec(rest); next && next.index === end; next = ACCORDING_TERMINATORS.exec(rest)) {
      end = next.index + next[0].length;
    }
    break;
  }
  if (end === -1) {
    // Bare 據X (據路透社) is a citation; bare 根據X (根據市場需求) is not.
    if (word.length !== 1 || rest.length === 0 || rest.length > 20 || /[0-9０-９]/.test(rest)) return undefined;
    termStart = end = rest.length;
  }
  if (end > AGENCY_MAX * 2) return undefined;
  const cited = rest.slice(0, end);
  if (POLICY_WORDS_END.test(cited)) return undefined;
  const { publisher } = agencyFrom(rest.slice(0, termStart));
  return makeCue(text, offset, offset + word.length + end, false, undefined, publisher);
}

/** 資料來源：X, 數據來源於X, Source: X anywhere in the sentence. */
function labelCues(text: string, sentence: Span): Cue[] {
  const words = text.slice(sentence.start, sentence.end);
  const cues: Cue[] = [];
  const label = new RegExp(SOURCE_LABEL.source, 'gi');
  for (let m = label.exec(words); m; m = label.exec(words)) {
    const withColon = /[:：]/.test(m[0]);
    const valueStart = m.index + m[0].length;
    let valueEnd = valueStart;
    let depth = 0;
    while (valueEnd < words.length) {
      const c = words[valueEnd];
      if (c === '《') depth++;
      else if (c === '》') depth--;
      else if (depth <= 0 && ('）)】]。；;'.includes(c) || (!withColon && '，,'.includes(c)))) break;
      valueEnd++;
    }
    while (valueEnd > valueStart && /[\s.]/.test(words[valueEnd - 1])) valueEnd--;
    label.lastIndex = Math.max(valueEnd, m.index + 1);
    if (valueEnd === valueStart) continue;
    const value = words.slice(valueStart, valueEnd);
    const open = value.indexOf('《');
    const close = open === -1 ? -1 : value.indexOf('》', open + 1);
    let title: string | undefined;
    let publisher: string | undefined;
    if (open !== -1 && close !== -1) {
      title = value.slice(open + 1, close);
      publisher = agencyFrom(value.slice(0, open)).publisher;
    } else {
      publisher = value.trim();
    }
    cues.push(makeCue(text, sentence.start + m.index, sentence.start + valueEnd, true, title, publisher));
  }
  return cues;
}

/** X估計, X數據顯示, 《T》顯示 at the start of a clause. */
function verbCue(text: string, offset: number, words: string): Cue | undefined {
  REPORTING_VERBS.lastIndex = 0;
  for (let m = REPORTING_VERBS.exec(words); m; m = REPORTING_VERBS.exec(words)) {
    if (m.index > AGENCY_MAX + 20) return undefined;
    const verb = m[0];
    const before = words.slice(0, m.index);
    // Verbs inside a title (《…顯示…》) do not count.
    if (before.lastIndexOf('《') > before.lastIndexOf('》')) continue;
    const after = m.index + verb.length;
    const next = words[after];
    if (VERBS_NEEDING_PAUSE.has(verb)) {
      if (next !== undefined && !'：:“"'.includes(next)) continue;
    } else if (next !== undefined && NOT_A_VERB_AFTER.includes(next)) continue;
    if (ESTIMATE_VERBS.has(verb) && next !== undefined && FORECAST_SUBJECT_AFTER.includes(next)) return undefined;

    const open = before.indexOf('《');
    const close = open === -1 ? -1 : before.indexOf('》', open + 1);
    if (open !== -1 && close !== -1) {
      const title = before.slice(open + 1, close);
      if (isPolicyTitle(title)) return undefined;
      const { publisher } = agencyFrom(before.slice(0, open));
      return makeCue(text, offset, offset + after, false, title, publisher);
    }
    const rest = words.slice(after);
    // 與4月的預測相比, 比此前的預測上調: a comparison, which cites nobody (the sentence's cue before it still carries).
    if (FORECASTS.has(verb) && isComparison(before, rest)) return undefined;
    const agency = agencyFrom(before);
    if (agency.reckoning) {
      // 依目前統計, 按目前测算: an unnamed count or estimate, cited as 據統計 is; 以此計算, 按当年汇率计算: the text's own.
      const unnamed = agency.reckoning === 'unnamed' && (ESTIMATE_VERBS.has(verb) || verb === '統計' || verb === '统计');
      return unnamed ? makeCue(text, offset, offset + after, false) : { ...makeCue(text, offset, offset + after, false), stops: true };
    }
    if (!agency.ok) return undefined;
    const compound = verb.length === 4;
    if (!agency.publisher && !compound && !DATA_NOUN_END.test(before.trim())) return undefined;
    return makeCue(text, offset, offset + after, false, undefined, agency.publisher);
  }
  return undefined;
}
