/** Participles and phrases whose third-person form is not "stem + s". */
const IRREGULAR: Record<string, string> = {
  taking: 'takes', noting: 'notes', having: 'has', being: 'is', bearing: 'bears', determining: 'determines',
  emphasizing: 'emphasizes', emphasising: 'emphasises', recognizing: 'recognizes', recognising: 'recognises',
  urging: 'urges', acknowledging: 'acknowledges', welcoming: 'welcomes', deploring: 'deplores', underlining: 'underlines',
  underscoring: 'underscores', encouraging: 'encourages', considering: 'considers', condemning: 'condemns',
  reiterating: 'reiterates', expressing: 'expresses', stressing: 'stresses', reaffirming: 'reaffirms', recalling: 'recalls',
  affirming: 'affirms', commending: 'commends', appreciating: 'appreciates', regretting: 'regrets', observing: 'observes',
  believing: 'believes', calling: 'calls', looking: 'looks', acting: 'acts', highlighting: 'highlights', pending: 'pends',
  approving: 'approves', endorsing: 'endorses', concluding: 'concludes', deciding: 'decides', requesting: 'requests',
  demanding: 'demands', insisting: 'insists', referring: 'refers', reviewing: 'reviews', resolving: 'resolves',
  supporting: 'supports', warning: 'warns', wishing: 'wishes', agreeing: 'agrees', declaring: 'declares', confirming: 'confirms',
  renewing: 'renews', extending: 'extends', authorizing: 'authorizes', establishing: 'establishes', continuing: 'continues',
  deeming: 'deems', mindful: 'is mindful', aware: 'is aware', conscious: 'is conscious', convinced: 'is convinced',
  determined: 'is determined', concerned: 'is concerned', alarmed: 'is alarmed', cognizant: 'is cognizant',
  desirous: 'is desirous', guided: 'is guided', seized: 'is seized', whereas: 'whereas', keen: 'is keen', anxious: 'is anxious',
};

/** Adverbs that may precede the verb ("Further decides", "Strongly condemns", "Deeply concerned"). */
const ADVERBS = new Set(['further', 'also', 'again', 'strongly', 'firmly', 'fully', 'deeply', 'gravely', 'once', 'urgently', 'solemnly', 'expressly', 'emphatically', 'unanimously', 'hereby', 'therefore', 'moreover', 'finally']);

/** Verbs whose object is part of the verb: "takes note", "calls upon", "bears in mind". */
const PHRASES: Array<[RegExp, string]> = [
  [/^(?:take|takes|taking)\s+note\b/, 'takes note'],
  [/^(?:call|calls|calling)\s+(?:upon|on)\b/, 'calls upon'],
  [/^(?:bear|bears|bearing)\s+in\s+mind\b/, 'bears in mind'],
  [/^(?:having|has)\s+(?:considered|examined|received|heard|noted|decided|regard|reviewed|taken|studied|adopted|been)\b/, ''],
  [/^(?:acting|acts)\s+under\b/, 'acts under'],
  [/^(?:expresses|expressing)\s+(?:its\s+)?(?:deep\s+|grave\s+|serious\s+|full\s+|strong\s+)?(?:concern|appreciation|support|gratitude|regret)\b/, ''],
];

/**
 * The paragraph's leading verb as the Council would say it in an operative paragraph:
 * "Reaffirming" -> "reaffirms", "Taking note" -> "takes note", "Further decides" -> "decides",
 * "Having considered" -> "has considered". Null when the paragraph opens with no verb.
 */
export function normaliseVerb(paragraph: string): string | null {
  const text = paragraph
    .slice(0, 160)
    .replace(/^\s*\d{1,3}\.\s*/, '')
    .replace(/^The Security Council,?\s*/i, '')
    .replace(/^["“(]+/, '')
    .toLowerCase();
  const words = text.split(/[\s,;:]+/).filter(Boolean);
  while (words.length > 1 && ADVERBS.has(words[0] ?? '')) {
    words.shift();
    if (words[0] === 'again' || words[0] === 'more') words.shift();
  }
  const rest = words.join(' ');
  for (const [re, fixed] of PHRASES) {
    const m = re.exec(rest);
    if (m) {
      if (fixed) return fixed;
      const [first, second] = m[0].split(/\s+/);
      if (first === 'having' || first === 'has') return `has ${second}`;
      return `expresses ${m[0].split(/\s+/).slice(1).join(' ')}`;
    }
  }
  const first = words[0];
  if (!first || !/^[a-z]+$/.test(first)) return null;
  if (IRREGULAR[first]) return IRREGULAR[first];
  if (first.endsWith('ing') && first.length > 5) {
    const stem = first.slice(0, -3);
    if (/(ss|sh|ch|x|z)$/.test(stem)) return `${stem}es`;
    return `${stem}s`;
  }
  // Already a present-tense operative verb ("decides", "requests"), or "to" in early texts ("To request").
  if (first === 'to' && words[1] && /^[a-z]+$/.test(words[1])) return words[1].endsWith('s') ? words[1] : /(ss|sh|ch|x|z|o)$/.test(words[1]) ? `${words[1]}es` : `${words[1]}s`;
  if (/^[a-z]{3,}(s)$/.test(first) && !['the', 'its', 'this', 'as', 'his', 'was', 'is'].includes(first)) return first;
  return null;
}
