// Constraints and indexes, applied at every start (idempotent). Every id is unique per label,
// which is what makes MERGE-based seeding and imports safe to repeat.
CREATE CONSTRAINT framework_code IF NOT EXISTS FOR (n:Framework) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT item_id IF NOT EXISTS FOR (n:FrameworkItem) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT action_area_id IF NOT EXISTS FOR (n:ActionArea) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT roadmap_step_id IF NOT EXISTS FOR (n:RoadmapStep) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT milestone_id IF NOT EXISTS FOR (n:Milestone) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT pledge_id IF NOT EXISTS FOR (n:Pledge) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:ProgressReport) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT seed_meta_key IF NOT EXISTS FOR (n:SeedMeta) REQUIRE n.key IS UNIQUE;
CREATE INDEX item_framework IF NOT EXISTS FOR (n:FrameworkItem) ON (n.framework, n.sortKey);
CREATE INDEX pledge_status IF NOT EXISTS FOR (n:Pledge) ON (n.status);
// The coverage index fetches the pledges changed since the graph version it holds (derived-write.cypher).
CREATE INDEX pledge_reach_version IF NOT EXISTS FOR (n:Pledge) ON (n.reachVersion);
CREATE INDEX city_country IF NOT EXISTS FOR (n:City) ON (n.countryCode);
// City search (cities-matching.cypher) finds substrings through these instead of lower-casing every
// city's name: nameKey is toLower(name), written with the name (seed-cities, write-import-cities)
// and filled in at every start for cities written otherwise (city-name-keys.cypher).
CREATE TEXT INDEX city_name_key IF NOT EXISTS FOR (n:City) ON (n.nameKey);
CREATE TEXT INDEX city_id_text IF NOT EXISTS FOR (n:City) ON (n.id);
CREATE FULLTEXT INDEX item_titles IF NOT EXISTS FOR (n:FrameworkItem|ActionArea) ON EACH [n.title_en, n.title_fr, n.title_es, n.label];
CREATE FULLTEXT INDEX pledge_text IF NOT EXISTS FOR (n:Pledge) ON EACH [n.title, n.description];
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE;
// Drafts carry DraftPledge instead of Pledge, so no public read (all match :Pledge) can see them.
CREATE CONSTRAINT draft_pledge_id IF NOT EXISTS FOR (n:DraftPledge) REQUIRE n.id IS UNIQUE;
// Search over the drafts a viewer may see; an index of its own, so pledge_text stays public.
CREATE FULLTEXT INDEX draft_text IF NOT EXISTS FOR (n:DraftPledge) ON EACH [n.title, n.description];
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.hash IS UNIQUE;
CREATE CONSTRAINT idempotency_key IF NOT EXISTS FOR (n:IdempotencyKey) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT pledge_event_id IF NOT EXISTS FOR (n:PledgeEvent) REQUIRE n.id IS UNIQUE;
// suggestAlignments: one full-text index per language, each with that language's stemming analyzer,
// over titles, the project's labels and summaries, and the action areas' priorities and descriptions.
CREATE FULLTEXT INDEX suggest_en IF NOT EXISTS FOR (n:FrameworkItem|ActionArea) ON EACH [n.title_en, n.label, n.summary, n.priority_en, n.description] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
CREATE FULLTEXT INDEX suggest_fr IF NOT EXISTS FOR (n:FrameworkItem|ActionArea) ON EACH [n.title_fr, n.priority_fr] OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}};
CREATE FULLTEXT INDEX suggest_es IF NOT EXISTS FOR (n:FrameworkItem|ActionArea) ON EACH [n.title_es, n.priority_es] OPTIONS {indexConfig: {`fulltext.analyzer`: 'spanish'}};
