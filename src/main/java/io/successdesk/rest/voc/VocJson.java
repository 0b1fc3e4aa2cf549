package io.successdesk.rest.voc;

import io.successdesk.app.InvalidInputException;
import io.successdesk.app.account.AccountService;
import io.successdesk.app.voc.CsatSubmission;
import io.successdesk.app.voc.IngestOutcome;
import io.successdesk.app.voc.NpsSubmission;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.voc.CsatResponse;
import io.successdesk.domain.voc.NpsResponse;
import io.successdesk.rest.RequestLimits;
import io.successdesk.rest.WireNames;
import io.successdesk.rest.voc.VocDtos.BulkIngestDto;
import io.successdesk.rest.voc.VocDtos.CsatRequest;
import io.successdesk.rest.voc.VocDtos.CsatResponseDto;
import io.successdesk.rest.voc.VocDtos.IngestOutcomeDto;
import io.successdesk.rest.voc.VocDtos.NpsRequest;
import io.successdesk.rest.voc.VocDtos.NpsResponseDto;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Maps CSAT and NPS responses between the wire and the app layer. */
final class VocJson {

    private VocJson() {
    }

    static CsatSubmission toSubmission(CsatRequest r) {
        return new CsatSubmission(r.externalId(), r.source(), r.accountKey(), r.issueId(), r.projectKey(), r.rating(),
                r.comment(), r.answeredAt(), r.issueCreatedAt());
    }

    static NpsSubmission toSubmission(NpsRequest r) {
        return new NpsSubmission(r.externalId(), r.source(), r.accountKey(), r.score(), r.comment(), r.contact(),
                r.answeredAt());
    }

    static CsatResponseDto toDto(CsatResponse r) {
        return new CsatResponseDto(r.externalId(), WireNames.of(r.source()), r.account().value(), r.issueId().orElse(null),
                r.projectKey().orElse(null), r.rating().value(), r.comment().orElse(null), r.answeredAt(),
                r.issueCreatedAt().orElse(null));
    }

    static NpsResponseDto toDto(NpsResponse r) {
        return new NpsResponseDto(r.externalId(), WireNames.of(r.source()), r.account().value(), r.score().value(),
                r.comment().orElse(null), r.contact().orElse(null), r.answeredAt());
    }

    static IngestOutcomeDto outcome(IngestOutcome outcome) {
        return new IngestOutcomeDto(WireNames.of(outcome));
    }

    static BulkIngestDto report(List<IngestOutcome> outcomes) {
        return new BulkIngestDto(count(outcomes, IngestOutcome.CREATED), count(outcomes, IngestOutcome.UPDATED),
                count(outcomes, IngestOutcome.UNCHANGED), outcomes.stream().map(VocJson::outcome).toList());
    }

    private static long count(List<IngestOutcome> outcomes, IngestOutcome wanted) {
        return outcomes.stream().filter(wanted::equals).count();
    }

    /** The rows of a bulk request: present, at most {@link RequestLimits#MAX_BULK_ROWS}. */
    static <T> List<T> rows(List<T> rows) {
        if (rows == null) {
            throw new InvalidInputException("rows", "is required");
        }
        if (rows.size() > RequestLimits.MAX_BULK_ROWS) {
            throw new InvalidInputException("rows", "must hold at most " + RequestLimits.MAX_BULK_ROWS + " rows");
        }
        return rows;
    }

    /**
     * Refuses responses for accounts that do not exist (an unknown reference), naming {@code accountKey} (or
     * {@code rows[i].accountKey}); malformed keys are left to the service, which names them.
     */
    static <T> void requireKnownAccounts(AccountService accounts, List<T> rows, Function<T, String> accountKey,
                                         boolean bulk) {
        Map<String, String> errors = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String key = accountKey.apply(rows.get(i));
            if (key != null && AccountKey.isValid(key) && accounts.get(AccountKey.of(key)).isEmpty()) {
                errors.put((bulk ? "rows[" + i + "]." : "") + "accountKey", "no account has the key " + key);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
