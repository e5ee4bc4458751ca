/**
 * Who speaks in Chinese news: a name written without spaces right before its speech verb (`林振宇介绍：“…”`,
 * `“…，”林振宇说，“…”`, `研究员高雅琴认为，…`), or `他`/`她` for the person named last. Names are told by their
 * family name: the two or three characters before the verb that open with one (`博士研究生许沐阳告诉记者` → 许沐阳).
 */

/** Common single-character family names, simplified and traditional. */
const SURNAMES = new Set([...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝陳黃張劉楊趙吳鄭許蘇謝葉羅鍾蕭龔顏賴鄧馮韓蔣盧錢嚴龍湯萬陸孫馬閻']);
/** Family names of two characters. */
const COMPOUND_SURNAMES = new Set(['欧阳', '歐陽', '司马', '司馬', '诸葛', '諸葛', '上官', '东方', '東方', '皇甫', '夏侯', '慕容', '令狐', '尉迟', '公孙', '公孫']);
/** Words of two or three characters that open with a family name's character and name nobody (`方面表示`, `高层认为`). */
const NOT_NAMES = new Set(['方面', '高层', '高層', '全体', '全體', '文件', '官方', '明确', '明確', '同时', '同時', '安全', '金融', '华为', '華為',
  '时候', '時候', '时间', '時間', '连续', '連續', '管理', '江苏', '江蘇', '江西', '广东', '廣東', '向外', '成员', '成員', '党委', '黨委', '齐声', '齊聲']);

/** Nouns for what a person does, ending the characters before a verb: `出租车司机说` is a driver, not 车司机. */
const ROLE_ENDINGS = new Set(['司机', '司機', '人员', '人員', '记者', '記者', '市民', '村民', '居民', '网友', '網友', '老师', '老師', '医生', '醫生',
  '护士', '護士', '警察', '民警', '专家', '專家', '学生', '學生', '家长', '家長', '师傅', '師傅', '店主', '老板', '队长', '隊長', '主任', '局长',
  '局長', '校长', '校長', '院长', '院長', '所长', '所長', '站长', '站長', '经理', '經理', '书记', '書記', '代表', '委员', '委員', '农民', '農民']);

// Speech and opinion verbs, longest first; `问`/`答` alone are left out (`问题` is a problem).
const VERBS = ['告诉记者', '告訴記者', '对记者说', '對記者說', '对记者表示', '對記者表示', '接受采访时表示', '接受採訪時表示', '笑着说', '笑著說',
  '表示', '介绍', '介紹', '指出', '强调', '強調', '坦言', '透露', '解释', '解釋', '回忆', '回憶', '补充', '補充', '感慨', '认为', '認為', '说道',
  '說道', '谈到', '談到', '直言', '呼吁', '呼籲', '提醒', '建议', '建議', '坦承', '证实', '證實', '承认', '承認', '分析', '回应', '回應', '问道',
  '問道', '答道', '回答', '批评', '批評', '质疑', '質疑', '抱怨', '感叹', '感嘆', '称', '稱', '说', '說'];
// Words between the name and its verb: `林振宇也说`, `她随后表示`, `许沐阳对记者说`.
// (Or where it was said: `程浩然在发布会上说`.)
// (Or when: `蔡金樹受訪時說`.)
// (Or how: `陳小姐無奈地說`.)
const BETWEEN = '(?:也|还|還|则|則|又|更|同时|同時|随后|隨後|接着|接著|进一步|進一步|对记者|對記者|向记者|向記者|受访时|受訪時|接受采访时|接受採訪時|[\\p{Script=Han}]{1,2}地|在[\\p{Script=Han}A-Za-z0-9]{1,10}?(?:上|中|时|時))?';
// (A verb's characters opening a job's name are no verb: `数据分析师方可说`.)
const VERB = `(?:${VERBS.join('|')})(?![师師员員家者])`;
/** A speech verb with the words that may stand before it, at the end of a quote's lead (`…许沐阳告诉记者：`). */
const VERB_AT_END = new RegExp(`${BETWEEN}${VERB}[：:，,]?\\s*$`, 'u');
/** Every speech verb of a text, with the words before it. */
const VERBS_ALL = new RegExp(`${BETWEEN}${VERB}`, 'gu');
/**
 * After a quote: the name and its verb (`，”林振宇说，“…`), maybe after who the person is (`”家住鹤鸣街的退休教师孙玉梅告诉记者`), in
 * the same sentence.
 */
const VERB_AFTER = new RegExp(`^[，,。\\s]*([^。！？!?“”「」『』\\n]{1,30}?)${BETWEEN}${VERB}`, 'u');
const HAN_TAIL = /[\p{Script=Han}]{1,4}$/u;
const PRONOUN = /^(?:他|她)$/;
/** Characters that end a job's name (`分析师`, `店长`, `专家`), and open a three-character name only by chance. */
const JOB_END = new Set([...'师師员員长長家者士']);
const KANA = /[\u3040-\u30ff]/;

/** Whether a text is Chinese (Han, no kana): the only one these rules read. */
export const isChinese = (text: string): boolean => /[\u4e00-\u9fff]/.test(text) && !KANA.test(text);

/** The person's name ending `chars` (the characters right before a verb), `'pronoun'` for 他/她, or undefined. */
function nameEnding(chars: string): string | 'pronoun' | undefined {
  if (PRONOUN.test(chars.slice(-1)) && !/[们們]$/.test(chars)) return 'pronoun';
  for (const length of [4, 3]) {
    const name = chars.slice(-length);
    if (name.length === length && COMPOUND_SURNAMES.has(name.slice(0, 2))) return name;
  }
  for (const length of [3, 2]) {
    const name = chars.slice(-length);
    // (`分析师方可`: the character that ends a job, 师, is a family name too; the name is the two after it.)
    if (length === 3 && JOB_END.has(name[0]!)) continue;
    if (name.length === length && SURNAMES.has(name[0]!) && !NOT_NAMES.has(name) && !NOT_NAMES.has(name.slice(0, 2)) && !ROLE_ENDINGS.has(name.slice(-2))) return name;
  }
  return undefined;
}

/** The name (or pronoun) written right before the verb found at `verbAt` in `text`. */
function nameBefore(text: string, verbAt: number): string | 'pronoun' | undefined {
  const chars = HAN_TAIL.exec(text.slice(0, verbAt))?.[0];
  return chars ? nameEnding(chars) : undefined;
}

/** The speaker named right after a quote (`”林振宇说`), `'pronoun'`, or undefined. */
export function hanSpeakerAfter(afterQuote: string): string | 'pronoun' | undefined {
  const m = VERB_AFTER.exec(afterQuote.slice(0, 50));
  const chars = m ? HAN_TAIL.exec(m[1]!)?.[0] : undefined;
  return chars ? nameEnding(chars) : undefined;
}

/**
 * The speaker a quote's lead ends on (`林振宇介绍：`, `她说：`), `'pronoun'`, null when the verb's subject is no name
 * (`一位种植户对记者说：`), or undefined when the lead ends on no speech verb.
 */
export function hanSpeakerBefore(lead: string): string | 'pronoun' | null | undefined {
  const tail = lead.slice(-60);
  const m = VERB_AT_END.exec(tail);
  return m ? nameBefore(tail, m.index) ?? null : undefined;
}

/** The last person a text names before a speech verb (`研究员高雅琴认为，…`), or undefined. */
export function hanLastSpeaker(text: string): string | undefined {
  let found: string | undefined;
  for (const m of text.matchAll(VERBS_ALL)) {
    const name = nameBefore(text, m.index);
    if (name && name !== 'pronoun') found = name;
  }
  return found;
}

/** A family name and a courtesy title (`刘女士`, `陈先生`, `王阿姨`): how Chinese news names people it gives no full name. */
const COURTESY = /([\p{Script=Han}])(?:女士|先生|阿姨|大爷|大爺|大妈|大媽|老人|师傅|師傅|同学|同學)/gu;

/**
 * The person a `她`/`他` right before a verb means when the same sentence named them first by a courtesy title
 * (`家长刘女士的孩子在东湖区读四年级，她说：` → 刘女士), or undefined.
 */
export function hanNamedInSentence(lead: string): string | undefined {
  const start = Math.max(lead.lastIndexOf('。'), lead.lastIndexOf('！'), lead.lastIndexOf('？'), lead.lastIndexOf('”')) + 1;
  const sentence = lead.slice(start);
  let found: string | undefined;
  let at = -1;
  for (const m of sentence.matchAll(COURTESY)) if (SURNAMES.has(m[1]!) && m.index > at) { found = m[0]; at = m.index; }
  // (Or after a role: `北嶺區市議員黃國輝今天…，他批評`.)
  for (const m of sentence.matchAll(ROLE_THEN_NAME)) {
    const name = m[1]!;
    if (!SURNAMES.has(name[0]!) || m.index <= at) continue;
    found = name.length === 3 && NOT_IN_NAME.has(name[2]!) ? name.slice(0, 2) : name;
    at = m.index;
  }
  return found;
}
/** A role, then the person's name of two or three characters (`市議員黃國輝`, `發言人林志成`). */
const ROLE_THEN_NAME = /(?:議員|议员|里長|里长|局長|局长|市長|市长|主任|經理|经理|發言人|发言人|處長|处长|校長|校长|院長|院长|教授|醫師|医师|律師|律师|所長|所长|站長|站长|店長|店长)(\p{Script=Han}{2,3})/gu;
/** Characters that follow a two-character name rather than end a three-character one (`黃國今天` is not read as a name). */
const NOT_IN_NAME = new Set([...'今也在說说表則则於于的和與与等是到就都又還还對对向將将已曾']);
