/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Why two things are linked, strongest first. */
export type AlignmentBasis =
  /** In the project's reviewed crosswalk, with a rationale. */
  | 'CURATED'
  /** Stated by the city in its pledge. */
  | 'DECLARED'
  /** Derived by the graph through other links; the path explains it. */
  | 'INFERRED';

/** Which pledges a coverage count includes; all given filters must hold. Drafts never count. */
export type CoverageFilter = {
  /** Only pledges in this action area ("AA-4"). */
  actionArea: string | number | null | undefined;
  /** ISO 3166-1 alpha-3 code of the city’s country ("CAN"). */
  country: string | null | undefined;
  /** Only sample (true) or only real (false) pledges. */
  illustrative: boolean | null | undefined;
  /** World region of the city: name ("Africa") or id ("M49-002"). */
  region: string | null | undefined;
  /** Only pledges with this status: PLEDGED, IN_PROGRESS, COMPLETED, SUSPENDED, WITHDRAWN. */
  status: string | null | undefined;
};

/** What the columns of a coverage matrix are. */
export type CoverageGroupBy =
  /** The six action areas of the Call to Local Action; a pledge counts in each of its areas. */
  | 'ACTION_AREA'
  /** World regions (UN M49) of the pledging cities. */
  | 'REGION'
  /** Pledge statuses, in the order a pledge moves through them (drafts never count). */
  | 'STATUS';

/** GCM: Global Compact for Migration; GCR: Global Compact on Refugees; NUA: New Urban Agenda; SDG: Sustainable Development Goals. */
export type FrameworkCode =
  | 'GCM'
  | 'GCR'
  | 'NUA'
  | 'SDG';

/** Languages titles are offered in; English is the fallback. */
export type Lang =
  /** Arabic: the official SDG titles (imported, tatweel removed); other items fall back to English. */
  | 'AR'
  /** English. */
  | 'EN'
  /** Spanish. */
  | 'ES'
  /** French. */
  | 'FR';

export type ActionAreaAcrossFrameworksQueryVariables = Exact<{
  id: string | number;
  lang?: Lang | null | undefined;
}>;


export type ActionAreaAcrossFrameworksQuery = { actionArea: { id: string, title: string, priority: string, gcm: Array<{ basis: AlignmentBasis, rationale: string | null, item:
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
       }>, gcr: Array<{ basis: AlignmentBasis, rationale: string | null, item:
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
       }>, nua: Array<{ basis: AlignmentBasis, rationale: string | null, item:
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
       }>, sdg: Array<{ basis: AlignmentBasis, rationale: string | null, item:
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
       }> } | null };

export type AlignmentFieldsFragment = { basis: AlignmentBasis, rationale: string | null, item:
    | { id: string, code: string, title: string }
    | { id: string, code: string, title: string }
    | { id: string, code: string, title: string }
    | { id: string, code: string, title: string }
    | { id: string, code: string, title: string }
   };

export type CitySdgTargetsQueryVariables = Exact<{
  cityId: string | number;
}>;


export type CitySdgTargetsQuery = { city: { id: string, name: string, illustrative: boolean, commitments: Array<{ basis: AlignmentBasis, path: Array<string>, item:
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
      , pledges: Array<{ id: string, title: string }> }> } | null };

export type CommunityOfPracticeQueryVariables = Exact<{
  cityId: string | number;
  first?: number | null | undefined;
}>;


export type CommunityOfPracticeQuery = { peers: Array<{ score: number, city: { id: string, name: string, countryCode: string, region: string | null }, shared: Array<
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    > }> };

export type CellPledgesQueryVariables = Exact<{
  item: string | number;
  region: string | null | undefined;
  actionArea: string | number | null | undefined;
  status: string | null | undefined;
}>;


export type CellPledgesQuery = { pledges: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: string, illustrative: boolean, city: { id: string, name: string } } }> } };

export type ExplorerCityQueryVariables = Exact<{
  id: string | number;
  lang?: Lang | null | undefined;
}>;


export type ExplorerCityQuery = { city: { id: string, name: string, countryName: string | null, region: string | null, illustrative: boolean, pledges: { edges: Array<{ node: { id: string, title: string, status: string, illustrative: boolean } }> }, gcm: Array<{ basis: AlignmentBasis, path: Array<string>, item:
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
       }>, gcr: Array<{ basis: AlignmentBasis, path: Array<string>, item:
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
       }>, nua: Array<{ basis: AlignmentBasis, path: Array<string>, item:
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
       }>, sdg: Array<{ basis: AlignmentBasis, path: Array<string>, item:
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
       }> } | null, peers: Array<{ score: number, city: { id: string, name: string, countryName: string | null, illustrative: boolean }, shared: Array<
      | { id: string, code: string, framework: FrameworkCode }
      | { id: string, code: string, framework: FrameworkCode }
      | { id: string, code: string, framework: FrameworkCode }
      | { id: string, code: string, framework: FrameworkCode }
      | { id: string, code: string, framework: FrameworkCode }
    > }> };

export type CommitmentFieldsFragment = { basis: AlignmentBasis, path: Array<string>, item:
    | { id: string, code: string, title: string }
    | { id: string, code: string, title: string }
    | { id: string, code: string, title: string }
    | { id: string, code: string, title: string }
    | { id: string, code: string, title: string }
   };

export type CoverageMatrixQueryVariables = Exact<{
  framework: FrameworkCode;
  by: CoverageGroupBy;
  filter: CoverageFilter | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type CoverageMatrixQuery = { coverageMatrix: { framework: FrameworkCode, by: CoverageGroupBy, columns: Array<{ key: string, label: string }>, rows: Array<{ pledgeCounts: Array<number>, cityCounts: Array<number>, item:
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
       }> } };

export type ExplorerCrosswalkQueryVariables = Exact<{
  from: string | number;
  maxHops?: number | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type ExplorerCrosswalkQuery = { node:
    | { title: string, id: string }
    | { id: string }
    | { code: string, title: string, id: string }
    | { code: string, title: string, id: string }
    | { code: string, title: string, id: string }
    | { id: string }
    | { code: string, title: string, id: string }
    | { code: string, title: string, id: string }
   | null, gcm: Array<{ basis: AlignmentBasis, path: Array<string>, hops: number, rationales: Array<string>, item:
      | { id: string, framework: FrameworkCode, code: string, title: string }
      | { id: string, framework: FrameworkCode, code: string, title: string }
      | { id: string, framework: FrameworkCode, code: string, title: string }
      | { id: string, framework: FrameworkCode, code: string, title: string }
      | { id: string, framework: FrameworkCode, code: string, title: string }
     }>, gcr: Array<{ basis: AlignmentBasis, path: Array<string>, hops: number, rationales: Array<string>, item:
      | { id: string, framework: FrameworkCode, code: string, title: string }
      | { id: string, framework: FrameworkCode, code: string, title: string }
      | { id: string, framework: FrameworkCode, code: string, title: string }
      | { id: string, framework: FrameworkCode, code: string, title: string }
      | { id: string, framework: FrameworkCode, code: string, title: string }
     }>, nua: Array<{ basis: AlignmentBasis, path: Array<string>, hops: number, rationales: Array<string>, item:
      | { id: string, framework: FrameworkCode, code: string, title: string }
      | { id: string, framework: FrameworkCode, code: string, title: string }
      | { id: string, framework: FrameworkCode, code: string, title: string }
      | { id: string, framework: FrameworkCode, code: string, title: string }
      | { id: string, framework: FrameworkCode, code: string, title: string }
     }>, sdg: Array<{ basis: AlignmentBasis, path: Array<string>, hops: number, rationales: Array<string>, item:
      | { id: string, framework: FrameworkCode, code: string, title: string }
      | { id: string, framework: FrameworkCode, code: string, title: string }
      | { id: string, framework: FrameworkCode, code: string, title: string }
      | { id: string, framework: FrameworkCode, code: string, title: string }
      | { id: string, framework: FrameworkCode, code: string, title: string }
     }> };

export type CrosswalkFieldsFragment = { basis: AlignmentBasis, path: Array<string>, hops: number, rationales: Array<string>, item:
    | { id: string, framework: FrameworkCode, code: string, title: string }
    | { id: string, framework: FrameworkCode, code: string, title: string }
    | { id: string, framework: FrameworkCode, code: string, title: string }
    | { id: string, framework: FrameworkCode, code: string, title: string }
    | { id: string, framework: FrameworkCode, code: string, title: string }
   };

export type FilteredCoverageQueryVariables = Exact<{
  framework: FrameworkCode;
  filter: CoverageFilter | null | undefined;
  gapsOnly?: boolean | null | undefined;
}>;


export type FilteredCoverageQuery = { coverage: Array<{ pledgeCount: number, cityCount: number, declaredPledgeCount: number, item:
      | { id: string, code: string }
      | { id: string, code: string }
      | { id: string, code: string }
      | { id: string, code: string }
      | { id: string, code: string }
     }> };

export type ExplorerHomeQueryVariables = Exact<{
  lang?: Lang | null | undefined;
}>;


export type ExplorerHomeQuery = { frameworks: Array<{ code: FrameworkCode, name: string, itemCount: number }>, cities: { totalCount: number }, pledges: { totalCount: number }, actionAreas: Array<{ id: string, number: number, title: string }> };

export type ExplorerItemQueryVariables = Exact<{
  id: string | number;
  lang?: Lang | null | undefined;
}>;


export type ExplorerItemQuery = { item:
    | { id: string, framework: FrameworkCode, code: string, kind: string, title: string, summary: string | null, note: string | null, uri: string | null, verified: boolean, parent:
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
       | null, children: Array<
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
      >, alignments: Array<{ basis: AlignmentBasis, rationale: string | null, item:
          | { id: string, framework: FrameworkCode, code: string, title: string }
          | { id: string, framework: FrameworkCode, code: string, title: string }
          | { id: string, framework: FrameworkCode, code: string, title: string }
          | { id: string, framework: FrameworkCode, code: string, title: string }
          | { id: string, framework: FrameworkCode, code: string, title: string }
         }>, pledges: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: string, illustrative: boolean, city: { id: string, name: string } } }> } }
    | { id: string, framework: FrameworkCode, code: string, kind: string, title: string, summary: string | null, note: string | null, uri: string | null, verified: boolean, parent:
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
       | null, children: Array<
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
      >, alignments: Array<{ basis: AlignmentBasis, rationale: string | null, item:
          | { id: string, framework: FrameworkCode, code: string, title: string }
          | { id: string, framework: FrameworkCode, code: string, title: string }
          | { id: string, framework: FrameworkCode, code: string, title: string }
          | { id: string, framework: FrameworkCode, code: string, title: string }
          | { id: string, framework: FrameworkCode, code: string, title: string }
         }>, pledges: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: string, illustrative: boolean, city: { id: string, name: string } } }> } }
    | { id: string, framework: FrameworkCode, code: string, kind: string, title: string, summary: string | null, note: string | null, uri: string | null, verified: boolean, parent:
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
       | null, children: Array<
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
      >, alignments: Array<{ basis: AlignmentBasis, rationale: string | null, item:
          | { id: string, framework: FrameworkCode, code: string, title: string }
          | { id: string, framework: FrameworkCode, code: string, title: string }
          | { id: string, framework: FrameworkCode, code: string, title: string }
          | { id: string, framework: FrameworkCode, code: string, title: string }
          | { id: string, framework: FrameworkCode, code: string, title: string }
         }>, pledges: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: string, illustrative: boolean, city: { id: string, name: string } } }> } }
    | { id: string, framework: FrameworkCode, code: string, kind: string, title: string, summary: string | null, note: string | null, uri: string | null, verified: boolean, parent:
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
       | null, children: Array<
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
      >, alignments: Array<{ basis: AlignmentBasis, rationale: string | null, item:
          | { id: string, framework: FrameworkCode, code: string, title: string }
          | { id: string, framework: FrameworkCode, code: string, title: string }
          | { id: string, framework: FrameworkCode, code: string, title: string }
          | { id: string, framework: FrameworkCode, code: string, title: string }
          | { id: string, framework: FrameworkCode, code: string, title: string }
         }>, pledges: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: string, illustrative: boolean, city: { id: string, name: string } } }> } }
    | { id: string, framework: FrameworkCode, code: string, kind: string, title: string, summary: string | null, note: string | null, uri: string | null, verified: boolean, parent:
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
       | null, children: Array<
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
        | { id: string, code: string, title: string }
      >, alignments: Array<{ basis: AlignmentBasis, rationale: string | null, item:
          | { id: string, framework: FrameworkCode, code: string, title: string }
          | { id: string, framework: FrameworkCode, code: string, title: string }
          | { id: string, framework: FrameworkCode, code: string, title: string }
          | { id: string, framework: FrameworkCode, code: string, title: string }
          | { id: string, framework: FrameworkCode, code: string, title: string }
         }>, pledges: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: string, illustrative: boolean, city: { id: string, name: string } } }> } }
   | null, cities: { totalCount: number, edges: Array<{ node: { id: string, name: string, countryName: string | null, illustrative: boolean } }> } };

export type ExplorerPathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  lang?: Lang | null | undefined;
}>;


export type ExplorerPathQuery = { path: { basis: AlignmentBasis, path: Array<string>, hops: number, rationales: Array<string>, item:
      | { id: string, title: string }
      | { id: string, title: string }
      | { id: string, title: string }
      | { id: string, title: string }
      | { id: string, title: string }
     } | null };

export type ExplorerPledgeQueryVariables = Exact<{
  id: string | number;
  lang?: Lang | null | undefined;
}>;


export type ExplorerPledgeQuery = { pledge: { id: string, title: string, description: string | null, status: string, illustrative: boolean, pledgedOn: string | null, targetDate: string | null, city: { id: string, name: string }, partners: Array<{ id: string, name: string }>, reports: Array<{ date: string, forum: string, status: string, summary: string, illustrative: boolean }>, actionAreas: Array<{ id: string, title: string, alignments: Array<{ basis: AlignmentBasis, rationale: string | null, item:
          | { id: string, framework: FrameworkCode, code: string, title: string }
          | { id: string, framework: FrameworkCode, code: string, title: string }
          | { id: string, framework: FrameworkCode, code: string, title: string }
          | { id: string, framework: FrameworkCode, code: string, title: string }
          | { id: string, framework: FrameworkCode, code: string, title: string }
         }> }>, alignments: Array<{ basis: AlignmentBasis, rationale: string | null, item:
        | { id: string, framework: FrameworkCode, code: string, title: string }
        | { id: string, framework: FrameworkCode, code: string, title: string }
        | { id: string, framework: FrameworkCode, code: string, title: string }
        | { id: string, framework: FrameworkCode, code: string, title: string }
        | { id: string, framework: FrameworkCode, code: string, title: string }
       }> } | null };

type GraphItem_GcmObjective_Fragment = { id: string, framework: FrameworkCode, code: string, title: string };

type GraphItem_GcrSection_Fragment = { id: string, framework: FrameworkCode, code: string, title: string };

type GraphItem_NuaParagraph_Fragment = { id: string, framework: FrameworkCode, code: string, title: string };

type GraphItem_SdgGoal_Fragment = { id: string, framework: FrameworkCode, code: string, title: string };

type GraphItem_SdgTarget_Fragment = { id: string, framework: FrameworkCode, code: string, title: string };

export type GraphItemFragment =
  | GraphItem_GcmObjective_Fragment
  | GraphItem_GcrSection_Fragment
  | GraphItem_NuaParagraph_Fragment
  | GraphItem_SdgGoal_Fragment
  | GraphItem_SdgTarget_Fragment
;

export type ExplorerSearchQueryVariables = Exact<{
  text: string;
  lang?: Lang | null | undefined;
}>;


export type ExplorerSearchQuery = { searchItems: Array<
    | { id: string, framework: FrameworkCode, code: string, title: string }
    | { id: string, framework: FrameworkCode, code: string, title: string }
    | { id: string, framework: FrameworkCode, code: string, title: string }
    | { id: string, framework: FrameworkCode, code: string, title: string }
    | { id: string, framework: FrameworkCode, code: string, title: string }
  >, cities: { edges: Array<{ node: { id: string, name: string, countryName: string | null, illustrative: boolean } }> }, pledges: { edges: Array<{ node: { id: string, title: string, illustrative: boolean, city: { name: string } } }> } };

export type FrameworksQueryVariables = Exact<{ [key: string]: never; }>;


export type FrameworksQuery = { frameworks: Array<{ code: FrameworkCode, name: string, document: string | null, itemCount: number }> };

export type PledgeToNua28QueryVariables = Exact<{
  pledgeId: string | number;
}>;


export type PledgeToNua28Query = { pledge: { id: string, title: string, illustrative: boolean, city: { name: string }, actionAreas: Array<{ id: string }> } | null, path: { path: Array<string>, basis: AlignmentBasis, hops: number, rationales: Array<string>, item:
      | { id: string, title: string }
      | { id: string, title: string }
      | { id: string, title: string }
      | { id: string, title: string }
      | { id: string, title: string }
     } | null };

export type PledgesInAreaQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after: string | null | undefined;
}>;


export type PledgesInAreaQuery = { actionArea: { id: string, pledges: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, status: string, city: { id: string, name: string }, actionAreas: Array<{ id: string }>, alignments: Array<{ basis: AlignmentBasis, item:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
             }> } }> } } | null };

export type UncoveredGcmObjectivesQueryVariables = Exact<{ [key: string]: never; }>;


export type UncoveredGcmObjectivesQuery = { coverage: Array<{ pledgeCount: number, cityCount: number, item:
      | { id: string, code: string, title: string }
      | { id: string, code: string, title: string }
      | { id: string, code: string, title: string }
      | { id: string, code: string, title: string }
      | { id: string, code: string, title: string }
     }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AlignmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AlignmentFields on Alignment {
  item {
    id
    code
    title(lang: $lang)
  }
  basis
  rationale
}
    `, {"fragmentName":"AlignmentFields"}) as unknown as TypedDocumentString<AlignmentFieldsFragment, unknown>;
export const CommitmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommitmentFields on Commitment {
  item {
    id
    code
    title(lang: $lang)
  }
  basis
  path
}
    `, {"fragmentName":"CommitmentFields"}) as unknown as TypedDocumentString<CommitmentFieldsFragment, unknown>;
export const CrosswalkFieldsFragmentDoc = new TypedDocumentString(`
    fragment CrosswalkFields on CrosswalkResult {
  item {
    id
    framework
    code
    title(lang: $lang)
  }
  basis
  path
  hops
  rationales
}
    `, {"fragmentName":"CrosswalkFields"}) as unknown as TypedDocumentString<CrosswalkFieldsFragment, unknown>;
export const GraphItemFragmentDoc = new TypedDocumentString(`
    fragment GraphItem on FrameworkItem {
  id
  framework
  code
  title(lang: $lang)
}
    `, {"fragmentName":"GraphItem"}) as unknown as TypedDocumentString<GraphItemFragment, unknown>;
export const ActionAreaAcrossFrameworksDocument = new TypedDocumentString(`
    query ActionAreaAcrossFrameworks($id: ID!, $lang: Lang = EN) {
  actionArea(id: $id) {
    id
    title(lang: $lang)
    priority(lang: $lang)
    gcm: alignments(framework: GCM) {
      ...AlignmentFields
    }
    gcr: alignments(framework: GCR) {
      ...AlignmentFields
    }
    nua: alignments(framework: NUA) {
      ...AlignmentFields
    }
    sdg: alignments(framework: SDG) {
      ...AlignmentFields
    }
  }
}
    fragment AlignmentFields on Alignment {
  item {
    id
    code
    title(lang: $lang)
  }
  basis
  rationale
}`) as unknown as TypedDocumentString<ActionAreaAcrossFrameworksQuery, ActionAreaAcrossFrameworksQueryVariables>;
export const CitySdgTargetsDocument = new TypedDocumentString(`
    query CitySdgTargets($cityId: ID!) {
  city(id: $cityId) {
    id
    name
    illustrative
    commitments(framework: SDG) {
      item {
        id
        code
        title
      }
      basis
      path
      pledges {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CitySdgTargetsQuery, CitySdgTargetsQueryVariables>;
export const CommunityOfPracticeDocument = new TypedDocumentString(`
    query CommunityOfPractice($cityId: ID!, $first: Int = 5) {
  peers(cityId: $cityId, first: $first) {
    city {
      id
      name
      countryCode
      region
    }
    score
    shared {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityOfPracticeQuery, CommunityOfPracticeQueryVariables>;
export const CellPledgesDocument = new TypedDocumentString(`
    query CellPledges($item: ID!, $region: String, $actionArea: ID, $status: String) {
  pledges(
    first: 100
    filter: {item: $item, region: $region, actionArea: $actionArea, status: $status}
  ) {
    totalCount
    edges {
      node {
        id
        title
        status
        illustrative
        city {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CellPledgesQuery, CellPledgesQueryVariables>;
export const ExplorerCityDocument = new TypedDocumentString(`
    query ExplorerCity($id: ID!, $lang: Lang = EN) {
  city(id: $id) {
    id
    name
    countryName
    region
    illustrative
    pledges(first: 100) {
      edges {
        node {
          id
          title
          status
          illustrative
        }
      }
    }
    gcm: commitments(framework: GCM) {
      ...CommitmentFields
    }
    gcr: commitments(framework: GCR) {
      ...CommitmentFields
    }
    nua: commitments(framework: NUA) {
      ...CommitmentFields
    }
    sdg: commitments(framework: SDG) {
      ...CommitmentFields
    }
  }
  peers(cityId: $id, first: 5) {
    city {
      id
      name
      countryName
      illustrative
    }
    score
    shared {
      id
      code
      framework
    }
  }
}
    fragment CommitmentFields on Commitment {
  item {
    id
    code
    title(lang: $lang)
  }
  basis
  path
}`) as unknown as TypedDocumentString<ExplorerCityQuery, ExplorerCityQueryVariables>;
export const CoverageMatrixDocument = new TypedDocumentString(`
    query CoverageMatrix($framework: FrameworkCode!, $by: CoverageGroupBy!, $filter: CoverageFilter, $lang: Lang = EN) {
  coverageMatrix(framework: $framework, by: $by, filter: $filter, lang: $lang) {
    framework
    by
    columns {
      key
      label
    }
    rows {
      item {
        id
        code
        title(lang: $lang)
      }
      pledgeCounts
      cityCounts
    }
  }
}
    `) as unknown as TypedDocumentString<CoverageMatrixQuery, CoverageMatrixQueryVariables>;
export const ExplorerCrosswalkDocument = new TypedDocumentString(`
    query ExplorerCrosswalk($from: ID!, $maxHops: Int = 2, $lang: Lang = EN) {
  node(id: $from) {
    id
    ... on FrameworkItem {
      code
      title(lang: $lang)
    }
    ... on ActionArea {
      title(lang: $lang)
    }
  }
  gcm: crosswalk(from: $from, to: GCM, maxHops: $maxHops) {
    ...CrosswalkFields
  }
  gcr: crosswalk(from: $from, to: GCR, maxHops: $maxHops) {
    ...CrosswalkFields
  }
  nua: crosswalk(from: $from, to: NUA, maxHops: $maxHops) {
    ...CrosswalkFields
  }
  sdg: crosswalk(from: $from, to: SDG, maxHops: $maxHops) {
    ...CrosswalkFields
  }
}
    fragment CrosswalkFields on CrosswalkResult {
  item {
    id
    framework
    code
    title(lang: $lang)
  }
  basis
  path
  hops
  rationales
}`) as unknown as TypedDocumentString<ExplorerCrosswalkQuery, ExplorerCrosswalkQueryVariables>;
export const FilteredCoverageDocument = new TypedDocumentString(`
    query FilteredCoverage($framework: FrameworkCode!, $filter: CoverageFilter, $gapsOnly: Boolean = false) {
  coverage(framework: $framework, filter: $filter, gapsOnly: $gapsOnly) {
    item {
      id
      code
    }
    pledgeCount
    cityCount
    declaredPledgeCount
  }
}
    `) as unknown as TypedDocumentString<FilteredCoverageQuery, FilteredCoverageQueryVariables>;
export const ExplorerHomeDocument = new TypedDocumentString(`
    query ExplorerHome($lang: Lang = EN) {
  frameworks {
    code
    name
    itemCount
  }
  cities(first: 0) {
    totalCount
  }
  pledges(first: 0) {
    totalCount
  }
  actionAreas {
    id
    number
    title(lang: $lang)
  }
}
    `) as unknown as TypedDocumentString<ExplorerHomeQuery, ExplorerHomeQueryVariables>;
export const ExplorerItemDocument = new TypedDocumentString(`
    query ExplorerItem($id: ID!, $lang: Lang = EN) {
  item(id: $id) {
    id
    framework
    code
    kind
    title(lang: $lang)
    summary
    note
    uri
    verified
    parent {
      id
      code
      title(lang: $lang)
    }
    children {
      id
      code
      title(lang: $lang)
    }
    alignments {
      item {
        id
        framework
        code
        title(lang: $lang)
      }
      basis
      rationale
    }
    pledges(first: 100) {
      totalCount
      edges {
        node {
          id
          title
          status
          illustrative
          city {
            id
            name
          }
        }
      }
    }
  }
  cities(first: 100, filter: {item: $id}) {
    totalCount
    edges {
      node {
        id
        name
        countryName
        illustrative
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerItemQuery, ExplorerItemQueryVariables>;
export const ExplorerPathDocument = new TypedDocumentString(`
    query ExplorerPath($from: ID!, $to: ID!, $lang: Lang = EN) {
  path(from: $from, to: $to) {
    item {
      id
      title(lang: $lang)
    }
    basis
    path
    hops
    rationales
  }
}
    `) as unknown as TypedDocumentString<ExplorerPathQuery, ExplorerPathQueryVariables>;
export const ExplorerPledgeDocument = new TypedDocumentString(`
    query ExplorerPledge($id: ID!, $lang: Lang = EN) {
  pledge(id: $id) {
    id
    title
    description
    status
    illustrative
    pledgedOn
    targetDate
    city {
      id
      name
    }
    partners {
      id
      name
    }
    reports {
      date
      forum
      status
      summary
      illustrative
    }
    actionAreas {
      id
      title(lang: $lang)
      alignments {
        item {
          ...GraphItem
        }
        basis
        rationale
      }
    }
    alignments {
      item {
        ...GraphItem
      }
      basis
      rationale
    }
  }
}
    fragment GraphItem on FrameworkItem {
  id
  framework
  code
  title(lang: $lang)
}`) as unknown as TypedDocumentString<ExplorerPledgeQuery, ExplorerPledgeQueryVariables>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($text: String!, $lang: Lang = EN) {
  searchItems(text: $text, first: 10) {
    id
    framework
    code
    title(lang: $lang)
  }
  cities(first: 10, filter: {search: $text}) {
    edges {
      node {
        id
        name
        countryName
        illustrative
      }
    }
  }
  pledges(first: 10, filter: {search: $text}) {
    edges {
      node {
        id
        title
        illustrative
        city {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const FrameworksDocument = new TypedDocumentString(`
    query Frameworks {
  frameworks {
    code
    name
    document
    itemCount
  }
}
    `) as unknown as TypedDocumentString<FrameworksQuery, FrameworksQueryVariables>;
export const PledgeToNua28Document = new TypedDocumentString(`
    query PledgeToNua28($pledgeId: ID!) {
  pledge(id: $pledgeId) {
    id
    title
    illustrative
    city {
      name
    }
    actionAreas {
      id
    }
  }
  path(from: $pledgeId, to: "NUA-28") {
    path
    basis
    hops
    rationales
    item {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<PledgeToNua28Query, PledgeToNua28QueryVariables>;
export const PledgesInAreaDocument = new TypedDocumentString(`
    query PledgesInArea($id: ID!, $first: Int = 20, $after: String) {
  actionArea(id: $id) {
    id
    pledges(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          status
          city {
            id
            name
          }
          actionAreas {
            id
          }
          alignments {
            item {
              id
            }
            basis
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PledgesInAreaQuery, PledgesInAreaQueryVariables>;
export const UncoveredGcmObjectivesDocument = new TypedDocumentString(`
    query UncoveredGcmObjectives {
  coverage(framework: GCM, gapsOnly: true) {
    item {
      id
      code
      title
    }
    pledgeCount
    cityCount
  }
}
    `) as unknown as TypedDocumentString<UncoveredGcmObjectivesQuery, UncoveredGcmObjectivesQueryVariables>;