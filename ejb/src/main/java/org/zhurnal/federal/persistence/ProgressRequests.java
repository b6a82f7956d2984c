package org.zhurnal.federal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.zhurnal.federal.application.ProgressAnswer;
import org.zhurnal.federal.application.ProgressRequest;
import org.zhurnal.federal.application.StoredAnswer;

/** The СМЭВ progress requests taken and answered ({@code smev_progress_request}), one row per СМЭВ message id. */
@ApplicationScoped
public class ProgressRequests {

    @Inject
    EntityManager em;

    public Optional<StoredAnswer> find(String messageId) {
        List<?> rows = em.createNativeQuery("""
                        SELECT response_message_id, response_content, status FROM smev_progress_request
                        WHERE message_id = ?1""").setParameter(1, messageId).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new StoredAnswer((String) r[0], (String) r[1], "REFUSED".equals(r[2]))).findFirst();
    }

    public void insert(ProgressRequest request, Long applicant, Long child, ProgressAnswer answer, String content,
                       Instant now) {
        em.createNativeQuery("""
                        INSERT INTO smev_progress_request (message_id, reply_to, received_at, applicant_person_id,
                        child_person_id, period_from, period_to, status, refusal_code, refusal_reason,
                        response_message_id, response_content) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                        ON CONFLICT (message_id) DO NOTHING""")
                .setParameter(1, request.messageId()).setParameter(2, request.replyTo())
                .setParameter(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).setParameter(4, applicant)
                .setParameter(5, child).setParameter(6, request.from()).setParameter(7, request.to())
                .setParameter(8, answer.refused() ? "REFUSED" : "ANSWERED")
                .setParameter(9, answer.refused() ? answer.refusal().code() : null)
                .setParameter(10, answer.refused() ? answer.refusal().reason() : null)
                .setParameter(11, answer.responseMessageId()).setParameter(12, content).executeUpdate();
    }

    public void acknowledged(String messageId, Instant now) {
        em.createNativeQuery("""
                        UPDATE smev_progress_request SET acknowledged_at = ?2 WHERE message_id = ?1
                        AND acknowledged_at IS NULL""")
                .setParameter(1, messageId).setParameter(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
    }
}
