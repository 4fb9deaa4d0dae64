package org.fairaudit.persistence;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.fairaudit.domain.Response;

/** Checklist responses; interview notes are confidential. */
final class PackagedResponses extends PackagedType<Response> {
    PackagedResponses() {
        super(ResponseTable.INSTANCE, Response.class);
    }

    @Override
    List<UUID> ids(Tx tx, ExportScope scope, Collection<UUID> reached) throws SQLException {
        return idsWhere(tx, name(), scope, "audit_id", scope.audits());
    }

    @Override
    Response withoutConfidential(Response r) {
        return new Response(r.id(), r.auditId(), r.requirement(), r.result(), r.evidence(), r.notes(), "",
                r.version());
    }

    @Override
    Response withConfidentialOf(Response incoming, Response local) {
        Response r = incoming;
        return new Response(r.id(), r.auditId(), r.requirement(), r.result(), r.evidence(), r.notes(),
                local.interviewNotes(), r.version());
    }
}
