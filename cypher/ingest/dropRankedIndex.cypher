// Drops the plain-words search index, so that applying the schema builds it again from the stored resolutions
// (src/ingest/ingestCorpus.ts: once, at the end of a first load).
DROP INDEX resolution_ranked IF EXISTS
