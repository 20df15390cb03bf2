import { registerEnumType } from 'type-graphql';

export enum FrameworkCode {
  GCM = 'GCM',
  GCR = 'GCR',
  NUA = 'NUA',
  SDG = 'SDG',
}

export enum Lang {
  EN = 'EN',
  FR = 'FR',
  ES = 'ES',
  AR = 'AR',
}

export enum AlignmentBasis {
  DECLARED = 'DECLARED',
  CURATED = 'CURATED',
  INFERRED = 'INFERRED',
}

registerEnumType(FrameworkCode, {
  name: 'FrameworkCode',
  description:
    'GCM: Global Compact for Migration; GCR: Global Compact on Refugees; NUA: New Urban Agenda; SDG: Sustainable Development Goals.',
});
registerEnumType(Lang, {
  name: 'Lang',
  description: 'Languages titles are offered in; English is the fallback.',
  valuesConfig: {
    EN: { description: 'English.' },
    FR: { description: 'French.' },
    ES: { description: 'Spanish.' },
    AR: {
      description: 'Arabic: the official SDG titles (imported, tatweel removed); other items fall back to English.',
    },
  },
});
registerEnumType(AlignmentBasis, {
  name: 'AlignmentBasis',
  description: 'Why two things are linked, strongest first.',
  valuesConfig: {
    DECLARED: { description: 'Stated by the city in its pledge.' },
    CURATED: { description: "In the project's reviewed crosswalk, with a rationale." },
    INFERRED: { description: 'Derived by the graph through other links; the path explains it.' },
  },
});
