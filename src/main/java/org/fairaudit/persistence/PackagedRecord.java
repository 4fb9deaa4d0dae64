package org.fairaudit.persistence;

import com.fasterxml.jackson.databind.JavaType;
import org.fairaudit.exchange.RecordJson;

/**
 * One record in a package's records file: the record's own fields, and its version and stamps. Written and read
 * as the record itself (no tree in between), so that each record is turned into JSON, or read from it, once.
 */
record PackagedRecord<T>(RecordStamp stamp, T record) {
    /** The type to read the entries of one kind with. */
    static JavaType of(Class<?> recordClass) {
        return RecordJson.MAPPER.getTypeFactory().constructParametricType(PackagedRecord.class, recordClass);
    }
}
