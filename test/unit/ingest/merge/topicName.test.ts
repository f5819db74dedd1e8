import { topicLinks } from '../../../../src/ingest/merge/topicLinks';
import { apostropheFreeSpelling, canonicalTopicKey, displayRank, displayTopicName, nameSpellings, normaliseTopicName, titleCase, topicKey } from '../../../../src/ingest/merge/topicName';

describe('normaliseTopicName', () => {
  it.each([
    ['TERRORISM', 'Terrorism'],
    ['INTERNATIONAL TRIBUNAL--RWANDA', 'International Tribunal — Rwanda'],
    ['The situation in the Middle East - UNDOF', 'The situation in the Middle East — UNDOF'],
    ['The question of South West Africa:', 'The question of South West Africa'],
    ["CÔTE D'IVOIRE", "COTE D'IVOIRE"],
    ['Côte', 'Co\u0302te'],
    ["Non-proliferation/Democratic People's Republic of Korea", 'Non-proliferation/Democratic People’s Republic of Korea'],
    ['the Permanent  Representative', 'the Permanent Representative'],
    ['TÜRKİYE', 'Türkiye'],
  ])('merges %j and %j', (a, b) => {
    expect(normaliseTopicName(a)).toBe(normaliseTopicName(b));
  });

  it.each([
    ['Terrorism', 'Terrorist acts'],
    ['Sudan', 'South Sudan'],
    ['Resolution 1572 (2004)', 'Resolution 1572 (2005)'],
  ])('keeps %j and %j apart', (a, b) => {
    expect(normaliseTopicName(a)).not.toBe(normaliseTopicName(b));
  });

  it('is idempotent and the same for a name and its lower-cased form', () => {
    for (const name of ["UN OPERATION IN CÔTE D'IVOIRE", 'HIV/AIDS PREVENTION', 'Port-au-Prince (Haiti)', 'TÜRKİYE']) {
      const n = normaliseTopicName(name);
      expect(normaliseTopicName(n)).toBe(n);
      expect(normaliseTopicName(name.toLowerCase())).toBe(n);
    }
    expect(topicKey('subject', "CÔTE D'IVOIRE")).toBe('subject:cote divoire');
  });
});

describe('canonicalTopicKey', () => {
  it('maps keys of the earlier "<kind>:<lower-cased name>" form to the merged key', () => {
    expect(canonicalTopicKey("subject:côte d'ivoire")).toBe('subject:cote divoire');
    expect(canonicalTopicKey('agenda:international tribunal--rwanda')).toBe(canonicalTopicKey('agenda:international tribunal — rwanda'));
    expect(canonicalTopicKey('site:terrorism')).toBe('site:terrorism');
  });

  it('leaves a key without a known kind as it is', () => {
    expect(canonicalTopicKey('nokind')).toBe('nokind');
    expect(canonicalTopicKey('meeting:S/PV.1')).toBe('meeting:S/PV.1');
  });
});

describe('displayTopicName', () => {
  it.each([
    ['TERRORISM', 'Terrorism'],
    ['QUESTION OF PALESTINE', 'Question of Palestine'],
    ['UNAMA', 'UNAMA'],
    ["UN OPERATION IN CÔTE D'IVOIRE", "UN Operation in Côte d'Ivoire"],
    ["CÔTE D'IVOIRE--POLITICAL CONDITIONS", "Côte d'Ivoire--Political Conditions"],
    ['AFRICA--IMPACT OF HIV/AIDS ON PEACE AND SECURITY', 'Africa--Impact of HIV/AIDS on Peace and Security'],
    ['AU/UN HYBRID OPERATION IN DARFUR', 'AU/UN Hybrid Operation in Darfur'],
    ['PORT-AU-PRINCE (HAITI)', 'Port-au-Prince (Haiti)'],
    ['NEW YORK (N.Y.)', 'New York (N.Y.)'],
    ['WASHINGTON, D.C. (UNITED STATES)', 'Washington, D.C. (United States)'],
    ['TERRORIST ATTACKS (11 SEPTEMBER 2001)', 'Terrorist Attacks (11 September 2001)'],
    ["DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA", "Democratic People's Republic of Korea"],
    ['FALINTIL-FDTL', 'Falintil-FDTL'],
    ['COVID-19', 'COVID-19'],
    ['TÜRKİYE', 'Türkiye'],
    ['WORLD WAR II', 'World War II'],
    ['THE SITUATION IN THE MIDDLE EAST', 'The Situation in the Middle East'],
    ['ITURI (DEMOCRATIC REPUBLIC OF THE CONGO : DISTRICT)', 'Ituri (Democratic Republic of the Congo : District)'],
    ['SELF-DETERMINATION OF PEOPLES', 'Self-Determination of Peoples'],
  ])('shows %j as %j', (source, display) => {
    expect(displayTopicName(source)).toBe(display);
  });

  it('keeps a mixed-case name as the source writes it, tidied', () => {
    expect(displayTopicName('UN. Security Council Committee Established pursuant to Resolution 1572 (2004)')).toBe('UN. Security Council Committee Established pursuant to Resolution 1572 (2004)');
    expect(displayTopicName('The question of South West Africa:')).toBe('The question of South West Africa');
    expect(displayTopicName('the Permanent  Representative ')).toBe('the Permanent Representative');
    expect(displayTopicName('Co\u0302te d’Ivoire')).toBe('Côte d’Ivoire');
  });

  it('title-cases only capitals-only names', () => {
    expect(titleCase('A QUESTION OF PEACE')).toBe('A Question of Peace');
  });
});

describe('displayRank and topicLinks', () => {
  it('prefers a mixed-case form, then one with accents', () => {
    expect(displayRank('UN Operation in Côte d’Ivoire') < displayRank("UN OPERATION IN CÔTE D'IVOIRE")).toBe(true);
    expect(displayRank("CÔTE D'IVOIRE") < displayRank("COTE D'IVOIRE")).toBe(true);
  });

  it('gives one topic per key with every source form, whatever order the forms come in', () => {
    const forms = ["COTE D'IVOIRE", "CÔTE D'IVOIRE", 'Terrorism', 'TERRORISM'];
    const a = topicLinks(2000, { agenda: [], subject: forms, site: [] });
    const b = topicLinks(2000, { agenda: [], subject: [...forms].reverse(), site: [] });
    expect(a).toEqual(b);
    expect(a.kinds).toEqual(['subject']);
    expect(a.topics).toEqual([
      { key: 'subject:cote divoire', kind: 'subject', name: "Côte d'Ivoire", nameRank: displayRank("CÔTE D'IVOIRE"), sourceNames: ["COTE D'IVOIRE", "CÔTE D'IVOIRE"] },
      { key: 'subject:terrorism', kind: 'subject', name: 'Terrorism', nameRank: displayRank('Terrorism'), sourceNames: ['TERRORISM', 'Terrorism'] },
    ]);
  });

  it('keeps kinds apart and claims only the kinds that have names', () => {
    const set = topicLinks(2000, { agenda: ['Terrorism'], subject: [], site: ['TERRORISM'] });
    expect(set.kinds).toEqual(['agenda', 'site']);
    expect(set.topics.map((t) => t.key)).toEqual(['agenda:terrorism', 'site:terrorism']);
  });
});

describe('apostropheFreeSpelling', () => {
  it('takes out the spaces a person writes where the key form dropped an apostrophe', () => {
    expect(apostropheFreeSpelling(normaliseTopicName('Cote d Ivoire'))).toBe('cote divoire');
    expect(apostropheFreeSpelling(normaliseTopicName("Côte d’ Ivoire"))).toBe('cote divoire');
    expect(apostropheFreeSpelling('women s rights')).toBe('womens rights');
    expect(apostropheFreeSpelling('n djamena humanitarian ceasefire agreement')).toBe('ndjamena humanitarian ceasefire agreement');
    expect(apostropheFreeSpelling('democratic people s republic of korea')).toBe('democratic peoples republic of korea');
  });

  it('is null when no such space is there: a name of whole words, a lone letter at an end, "a" and numbers', () => {
    for (const name of ['terrorism', 'cote divoire', 'a new agenda', 'annex d', 'draft s 24570', 'vitamin d 3']) expect([name, apostropheFreeSpelling(name)]).toEqual([name, null]);
  });
});

describe('nameSpellings', () => {
  it('gives the key form, then the apostrophe-free spelling when there is one, and nothing without a letter or digit', () => {
    expect(nameSpellings("Côte d'Ivoire")).toEqual(['cote divoire']);
    expect(nameSpellings('cote d ivoire')).toEqual(['cote d ivoire', 'cote divoire']);
    expect(nameSpellings(' -- ')).toEqual([]);
  });
});
