// Claims a submitter's idempotency key; the unique constraint makes concurrent retries wait here,
// and a key seen before answers with the pledge its first submission made.
MERGE (k:IdempotencyKey {key: $key})
  ON CREATE SET k.pledgeId = $pledgeId, k.createdAt = $at
RETURN k.pledgeId AS pledgeId, k.pledgeId = $pledgeId AS fresh
