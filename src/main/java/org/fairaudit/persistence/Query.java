package org.fairaudit.persistence;

import java.util.List;

/** A statement and its parameters in order, for the queries a screen runs and their plans (bench/explain-queries.sh). */
record Query(String sql, List<Object> params) {
    Object[] args() {
        return params.toArray();
    }
}
