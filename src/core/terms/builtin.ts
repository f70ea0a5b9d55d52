/**
 * The built-in glossary: key terms of Chinese science-and-technology policy writing, defined as
 * 《杭州模式:DeepSeek與中國算谷》 uses them, with general knowledge where the book relies on it.
 * Terms are written in Traditional Chinese; matching folds scripts, so 护城河 and 護城河 are one.
 * Aliases carry Taiwan vocabulary that folding cannot reach (人工智慧, 輝達, 演算法).
 *
 * Bare 數據 is deliberately neither a term nor an alias: it occurs in nearly every sentence of a
 * data-policy text and inside other terms (數據要素, 公共數據開放), so it would bury them. The
 * term is 數據資源; a workspace glossary may still add 數據 if a reader wants it.
 */
import type { GlossaryEntry, GlossarySource } from '../types';

const book: GlossarySource = {
  title: '杭州模式:DeepSeek與中國算谷',
  publisher: '中信出版集團',
  date: '2025-04',
  authors: ['劉典', '胡宇東'],
};

const dataOpinion: GlossarySource = {
  title: '中共中央 國務院關於構建數據基礎制度更好發揮數據要素作用的意見',
  publisher: '中共中央、國務院',
  date: '2022-12',
};

interface Definition {
  term: string;
  aliases?: string[];
  category: string;
  definition: string;
  source?: GlossarySource;
  see?: string[];
}

const definitions: Definition[] = [
  {
    term: '算力',
    category: '概念',
    definition:
      '計算能力，即對數據進行處理的能力，常以每秒浮點運算次數（FLOPS）衡量。文中視之為人工智能與數字經濟的基礎設施，與算法、數據資源並列為科技競爭的三大核心要素。',
    see: ['算法', '數據資源', 'EFLOPS'],
  },
  {
    term: '算法',
    aliases: ['演算法'],
    category: '概念',
    definition:
      '解決問題的一組明確計算步驟；在人工智能語境中指模型及其訓練與推理方法。文中稱其為人工智能與大數據應用的核心，是科技競爭三大核心要素之一。',
    see: ['算力', '數據資源'],
  },
  {
    term: '數據資源',
    aliases: ['資料資源'],
    category: '概念',
    definition:
      '可被採集、加工與利用並產生價值的數據集合。文中與算力、算法並列為科技競爭的三大核心要素，其高效配置被稱為杭州模式的第三道「護城河」。',
    see: ['數據要素', '新型生產要素'],
  },
  {
    term: '杭州模式',
    category: '概念',
    definition:
      '劉典、胡宇東在同名書中概括的杭州科技發展路徑：以「信息效率+價值共識」為雙支柱，通過政企協同、產業集群、數據資源與社會信任四道「護城河」，以制度效率彌補資源稟賦的不足。',
    see: ['護城河', '信息效率', '價值共識'],
  },
  {
    term: '護城河',
    category: '概念',
    definition:
      '原指環繞城牆的防禦水道，在商業與投資語境中比喻難以被對手複製的持久競爭優勢。文中指杭州模式的四道科技「護城河」：政企協同、產業集群、數據資源與社會信任，並強調真正的護城河是制度優勢而非資源優勢。',
    see: ['政企協同', '產業集群', '數據資源', '社會信任'],
  },
  {
    term: '信息效率',
    aliases: ['資訊效率'],
    category: '概念',
    definition:
      '信息在政府、企業與社會之間傳遞、流通與利用的速度和準確程度。文中與價值共識並稱杭州模式的「雙支柱」，認為以效率可以彌補資源的差距。',
    see: ['價值共識', '杭州模式'],
  },
  {
    term: '價值共識',
    category: '概念',
    definition:
      '社會各方對發展目標、規則與創新價值的共同認同。文中與信息效率並稱杭州模式的「雙支柱」，並與社會信任一起構成最深層次的「護城河」。',
    see: ['信息效率', '社會信任'],
  },
  {
    term: '新型生產關係',
    category: '概念',
    definition:
      '與數字技術、數據要素等新的生產力相適應的生產組織方式與制度安排。文中與信息效率、價值共識一起被視為杭州模式構建科技「護城河」的基礎。',
    see: ['新型生產要素'],
  },
  {
    term: '政企協同',
    category: '概念',
    definition:
      '政府與企業在信息溝通、資源配置與政策執行上的協作。文中稱其為杭州模式的第一道「護城河」，以「親」「清」新型政商關係與數字化治理為支撐。',
    see: ['親清', '護城河'],
  },
  {
    term: '產業集群',
    aliases: ['產業聚落', '產業群聚'],
    category: '概念',
    definition:
      '相互關聯的企業與機構在特定地域集聚而形成的產業網絡。文中稱其為杭州模式的第二道「護城河」，以數字經濟與傳統產業的融合及孵化體系為特徵。',
    see: ['護城河', '熱帶雨林式孵化'],
  },
  {
    term: '數據要素',
    category: '政策',
    definition:
      '作為生產要素投入生產、流通與分配的數據。2022年12月中共中央、國務院印發「數據二十條」，從數據產權、流通交易、收益分配與安全治理構建數據基礎制度。',
    source: dataOpinion,
    see: ['新型生產要素', '數據資源'],
  },
  {
    term: '公共數據開放',
    category: '政策',
    definition:
      '政府部門與公共機構將履職中產生的公共數據依法向社會開放、供其利用。文中引《中國地方公共數據開放利用報告（城市）》，稱杭州在全國城市公共數據開放利用中排名第一。',
    source: { title: '中國地方公共數據開放利用報告（城市）', publisher: '復旦大學數字與移動治理實驗室', date: '2024' },
    see: ['數據要素'],
  },
  {
    term: '社會信任',
    category: '概念',
    definition:
      '社會成員之間以及對規則與制度的信任。文中稱社會信任與價值共識構成杭州模式第四道、也是最深層次的「護城河」。',
    see: ['價值共識', '護城河'],
  },
  {
    term: '親清',
    aliases: ['親清政商關係', '親清新型政商關係', '“親”“清”', '「親」「清」', '“親”“清”新型政商關係', '「親」「清」新型政商關係'],
    category: '政策',
    definition:
      '「親」「清」新型政商關係，習近平於2016年提出：「親」指政府與企業坦誠交往、親近服務，「清」指政商關係清白純潔、不搞權錢交易。文中視之為杭州政企協同的基礎。',
    see: ['親清在線', '政企協同'],
  },
  {
    term: '親清在線',
    category: '政策',
    definition: '杭州市打造的政企服務數字平台，用於惠企政策在線兌付與政企溝通。文中列為杭州提升政策執行效率的創新舉措之一。',
    see: ['親清'],
  },
  {
    term: '最多跑一次',
    category: '政策',
    definition:
      '浙江省於2016年底提出並自2017年全面推行的政務服務改革，目標是群眾與企業到政府辦一件事「最多跑一次」。文中列為杭州政策透明、執行有力的例證。',
    see: ['親清在線'],
  },
  {
    term: '政產學研用',
    category: '概念',
    definition: '政府、產業、高校、科研機構與用戶（應用方）協同創新的體系。文中指杭州以市場需求為導向推進算法創新與應用場景融合的方式。',
    see: ['算法'],
  },
  {
    term: '熱帶雨林式孵化',
    aliases: ['“熱帶雨林式”孵化', '「熱帶雨林式」孵化', '熱帶雨林式'],
    category: '概念',
    definition:
      '以熱帶雨林比喻多樣、自發、共生的創新創業生態。文中指杭州以眾創空間、孵化器、加速器與科技園區組成全鏈條孵化體系所營造的孵化土壤。',
    see: ['眾創空間', '產業集群'],
  },
  {
    term: '舉國體制',
    aliases: ['新型舉國體制'],
    category: '政策',
    definition:
      '由國家統籌調動資源、集中力量攻關重大任務的組織方式；中共二十大報告提出「健全新型舉國體制」。文中與市場機制並稱中國科技政策的「雙輪驅動」。',
    see: ['創新驅動發展'],
  },
  {
    term: '創新驅動發展',
    aliases: ['創新驅動發展戰略'],
    category: '政策',
    definition:
      '以科技創新而非要素投入為經濟發展主要動力的國家戰略，中共十八大提出實施；2016年中共中央、國務院印發《國家創新驅動發展戰略綱要》。',
    source: { title: '國家創新驅動發展戰略綱要', publisher: '中共中央、國務院', date: '2016-05' },
    see: ['舉國體制'],
  },
  {
    term: 'EFLOPS',
    category: '單位',
    definition:
      '每秒百億億次（10^18 次）浮點運算，E 即 exa；用以衡量大規模算力。文中稱中國算力總規模超過 230 EFLOPS。',
    see: ['算力'],
  },
  {
    term: 'HBM',
    aliases: ['高帶寬存儲器', '高頻寬記憶體'],
    category: '技術',
    definition:
      '高帶寬存儲器（High Bandwidth Memory），以多層 DRAM 晶粒垂直堆疊、與處理器並排封裝的內存，是 AI 加速芯片的關鍵部件。文中指2024年12月美國出口管制新規禁止中國進口的先進 HBM。',
    source: { title: 'JESD235 High Bandwidth Memory (HBM) DRAM', publisher: 'JEDEC', date: '2013-10' },
  },
  {
    term: '昇騰',
    aliases: ['Ascend'],
    category: '技術',
    definition: '華為的 AI 處理器系列（英文名 Ascend）。文中指美國宣布任何使用昇騰芯片的行為都將觸發其制裁。',
    see: ['數字鐵幕'],
  },
  {
    term: '數字鐵幕',
    aliases: ['數位鐵幕'],
    category: '概念',
    definition:
      '借「鐵幕」比喻以技術封鎖與出口管制在科技領域築起的隔絕。文中指美國以「國家安全」為名推翻前政府的 AI 技術擴散框架、將使用華為昇騰芯片列為制裁對象的新規。',
    see: ['昇騰'],
  },
  {
    term: 'DeepSeek',
    aliases: ['深度求索'],
    category: '企業',
    definition:
      '總部位於杭州的人工智能公司（杭州深度求索人工智能基礎技術研究有限公司）及其開發的大語言模型系列，如 DeepSeek-V3 與 DeepSeek-R1。文中作為杭州 AI 企業的代表。',
    see: ['杭州模式', '人工智能'],
  },
  {
    term: '算力小鎮',
    aliases: ['中國（杭州）算力小鎮'],
    category: '機構',
    definition: '中國（杭州）算力小鎮，杭州以算力企業為支撐、算力賦能為特色的產業平台，文中稱已落地啟用。',
    see: ['算力'],
  },
  {
    term: '阿里云',
    aliases: ['阿里雲', 'Alibaba Cloud'],
    category: '企業',
    definition: '阿里巴巴集團旗下的雲計算服務商，2009年成立，總部位於杭州。文中稱其為全球排名第三的雲廠商。',
    see: ['算力'],
  },
  {
    term: '數字經濟',
    aliases: ['數位經濟'],
    category: '概念',
    definition:
      '以數字化的知識和信息為關鍵生產要素、以現代信息網絡為重要載體、以信息通信技術的有效使用推動效率提升與經濟結構優化的經濟活動（2016年G20杭州峰會的定義）。文中稱杭州為中國數字經濟的先行區。',
    source: { title: '二十國集團數字經濟發展與合作倡議', publisher: '二十國集團（G20）杭州峰會', date: '2016-09' },
    see: ['數據要素'],
  },
  {
    term: '新型生產要素',
    category: '概念',
    definition:
      '與勞動、資本、土地等傳統要素並列的新生產要素，主要指數據；2019年中共十九屆四中全會首次將數據列為生產要素。文中稱數據作為「新型生產要素」已成為科技競爭的戰略制高點。',
    source: dataOpinion,
    see: ['數據要素', '數據資源'],
  },
  {
    term: '彎道超車',
    category: '概念',
    definition: '比喻在技術或產業轉折之際抓住時機實現趕超。文中指杭州模式以信息效率與制度創新為中國探索的趕超路徑。',
    see: ['杭州模式'],
  },
  {
    term: '人工智能',
    aliases: ['人工智慧', 'AI'],
    category: '技術',
    definition: '使機器具備感知、學習、推理與決策等智能行為的技術與學科。文中以算力、算法與數據資源為人工智能時代科技競爭的三大核心要素。',
    see: ['算力', '算法', '數據資源'],
  },
  {
    term: '英偉達',
    aliases: ['輝達', 'NVIDIA'],
    category: '企業',
    definition: '美國芯片設計公司（NVIDIA），以圖形處理器（GPU）聞名，是 AI 訓練芯片的主要供應商。文中引瑞穗證券估計，其控制著 70%~95% 的 AI 芯片市場。',
  },
  {
    term: '眾創空間',
    category: '政策',
    definition:
      '為創新創業者提供工作空間、網絡空間、社交空間與資源共享的低成本、便利化服務平台；2015年國務院辦公廳發文推動發展。文中與孵化器同列為杭州孵化體系的一環。',
    source: { title: '國務院辦公廳關於發展眾創空間推進大眾創新創業的指導意見', publisher: '國務院辦公廳', date: '2015-03' },
    see: ['熱帶雨林式孵化'],
  },
  {
    term: '國家互聯網信息辦公室',
    aliases: ['國家網信辦', '網信辦'],
    category: '機構',
    definition:
      '中國主管互聯網信息內容的國家機構，與中共中央網絡安全和信息化委員會辦公室為一個機構兩塊牌子。文中引其發布的《國家信息化發展報告（2023年）》。',
    source: { title: '國家互聯網信息辦公室', url: 'https://www.cac.gov.cn/', publisher: '國家互聯網信息辦公室' },
  },
];

/** The built-in entries, in the order above; each cites its source (the book unless stated). */
export const builtinEntries: readonly GlossaryEntry[] = definitions.map((d) => ({
  term: d.term,
  aliases: d.aliases ?? [],
  definition: d.definition,
  category: d.category,
  source: d.source ?? book,
  see: d.see,
  origin: { kind: 'builtin' },
}));
