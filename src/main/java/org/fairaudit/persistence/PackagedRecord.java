package org.fairaudit.persistence;

import com.fasterxml.jackson.databind.JsonNode;

/** One record in a package's records file: the record's own fields, and its version and stamps. */
record PackagedRecord(RecordStamp stamp, JsonNode record) {
}
