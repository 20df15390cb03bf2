/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export const AlignmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]} as unknown as DocumentNode<AlignmentFieldsFragment, unknown>;
export const CommitmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<CommitmentFieldsFragment, unknown>;
export const CrosswalkFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrosswalkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CrosswalkResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"framework"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"rationales"}}]}}]} as unknown as DocumentNode<CrosswalkFieldsFragment, unknown>;
export const GraphItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FrameworkItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"framework"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<GraphItemFragment, unknown>;
export const ActionAreaAcrossFrameworksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionAreaAcrossFrameworks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}},"defaultValue":{"kind":"EnumValue","value":"EN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"priority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","alias":{"kind":"Name","value":"gcm"},"name":{"kind":"Name","value":"alignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"framework"},"value":{"kind":"EnumValue","value":"GCM"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlignmentFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gcr"},"name":{"kind":"Name","value":"alignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"framework"},"value":{"kind":"EnumValue","value":"GCR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlignmentFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"nua"},"name":{"kind":"Name","value":"alignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"framework"},"value":{"kind":"EnumValue","value":"NUA"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlignmentFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sdg"},"name":{"kind":"Name","value":"alignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"framework"},"value":{"kind":"EnumValue","value":"SDG"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlignmentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]} as unknown as DocumentNode<ActionAreaAcrossFrameworksQuery, ActionAreaAcrossFrameworksQueryVariables>;
export const CitySdgTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitySdgTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"framework"},"value":{"kind":"EnumValue","value":"SDG"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"pledges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CitySdgTargetsQuery, CitySdgTargetsQueryVariables>;
export const CommunityOfPracticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityOfPractice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"shared"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CommunityOfPracticeQuery, CommunityOfPracticeQueryVariables>;
export const CellPledgesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CellPledges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"item"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actionArea"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"item"},"value":{"kind":"Variable","name":{"kind":"Name","value":"item"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"actionArea"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actionArea"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CellPledgesQuery, CellPledgesQueryVariables>;
export const ExplorerCityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerCity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}},"defaultValue":{"kind":"EnumValue","value":"EN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"pledges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gcm"},"name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"framework"},"value":{"kind":"EnumValue","value":"GCM"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitmentFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gcr"},"name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"framework"},"value":{"kind":"EnumValue","value":"GCR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitmentFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"nua"},"name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"framework"},"value":{"kind":"EnumValue","value":"NUA"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitmentFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sdg"},"name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"framework"},"value":{"kind":"EnumValue","value":"SDG"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitmentFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"peers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"shared"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"framework"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<ExplorerCityQuery, ExplorerCityQueryVariables>;
export const CoverageMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"framework"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FrameworkCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageGroupBy"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}},"defaultValue":{"kind":"EnumValue","value":"EN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"framework"},"value":{"kind":"Variable","name":{"kind":"Name","value":"framework"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"framework"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"pledgeCounts"}},{"kind":"Field","name":{"kind":"Name","value":"cityCounts"}}]}}]}}]}}]} as unknown as DocumentNode<CoverageMatrixQuery, CoverageMatrixQueryVariables>;
export const ExplorerCrosswalkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerCrosswalk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"2"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}},"defaultValue":{"kind":"EnumValue","value":"EN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FrameworkItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gcm"},"name":{"kind":"Name","value":"crosswalk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"EnumValue","value":"GCM"}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrosswalkFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gcr"},"name":{"kind":"Name","value":"crosswalk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"EnumValue","value":"GCR"}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrosswalkFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"nua"},"name":{"kind":"Name","value":"crosswalk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"EnumValue","value":"NUA"}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrosswalkFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sdg"},"name":{"kind":"Name","value":"crosswalk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"EnumValue","value":"SDG"}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrosswalkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrosswalkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CrosswalkResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"framework"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"rationales"}}]}}]} as unknown as DocumentNode<ExplorerCrosswalkQuery, ExplorerCrosswalkQueryVariables>;
export const FilteredCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilteredCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"framework"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FrameworkCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gapsOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"framework"},"value":{"kind":"Variable","name":{"kind":"Name","value":"framework"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"gapsOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gapsOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pledgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"cityCount"}},{"kind":"Field","name":{"kind":"Name","value":"declaredPledgeCount"}}]}}]}}]} as unknown as DocumentNode<FilteredCoverageQuery, FilteredCoverageQueryVariables>;
export const ExplorerHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}},"defaultValue":{"kind":"EnumValue","value":"EN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pledges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]}}]} as unknown as DocumentNode<ExplorerHomeQuery, ExplorerHomeQueryVariables>;
export const ExplorerItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}},"defaultValue":{"kind":"EnumValue","value":"EN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"framework"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"alignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"framework"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pledges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"item"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerItemQuery, ExplorerItemQueryVariables>;
export const ExplorerPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}},"defaultValue":{"kind":"EnumValue","value":"EN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"rationales"}}]}}]}}]} as unknown as DocumentNode<ExplorerPathQuery, ExplorerPathQueryVariables>;
export const ExplorerPledgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerPledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}},"defaultValue":{"kind":"EnumValue","value":"EN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"forum"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"alignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"alignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FrameworkItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"framework"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<ExplorerPledgeQuery, ExplorerPledgeQueryVariables>;
export const ExplorerSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}},"defaultValue":{"kind":"EnumValue","value":"EN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"framework"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"cities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pledges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const FrameworksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Frameworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}}]}}]}}]} as unknown as DocumentNode<FrameworksQuery, FrameworksQueryVariables>;
export const PledgeToNua28Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PledgeToNua28"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pledgeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pledgeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pledgeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"NUA-28","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"rationales"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PledgeToNua28Query, PledgeToNua28QueryVariables>;
export const PledgesInAreaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PledgesInArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pledges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PledgesInAreaQuery, PledgesInAreaQueryVariables>;
export const UncoveredGcmObjectivesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UncoveredGcmObjectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"framework"},"value":{"kind":"EnumValue","value":"GCM"}},{"kind":"Argument","name":{"kind":"Name","value":"gapsOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pledgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"cityCount"}}]}}]}}]} as unknown as DocumentNode<UncoveredGcmObjectivesQuery, UncoveredGcmObjectivesQueryVariables>;