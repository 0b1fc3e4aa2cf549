package io.successdesk.jira.jsm.present;

import io.successdesk.app.voc.JsmSatisfaction;
import io.successdesk.app.voc.SatisfactionReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Reads JSM's satisfaction field of an issue, found by its field type ({@link JsmFields#SATISFACTION}), not by its
 * display name. JSM publishes no Java API for the rating; the value object of that field is JSM-internal, so it is
 * read reflectively: a number is the rating, otherwise its {@code getRating()} and {@code getComment()} accessors.
 * UNVERIFIED against JSM 10/11: the value's shape is checked here at run time, and anything unexpected reads as "no
 * rating" (logged at debug), never as an error.
 */
final class SatisfactionFieldReader implements SatisfactionReader {

    private static final Logger LOG = LoggerFactory.getLogger(SatisfactionFieldReader.class);

    private final JsmFields fields;

    SatisfactionFieldReader(JsmFields fields) {
        this.fields = fields;
    }

    @Override
    public Optional<JsmSatisfaction> read(long issueId) {
        return fields.values(issueId, JsmFields.SATISFACTION).stream()
                .map(SatisfactionFieldReader::interpret).flatMap(Optional::stream).findFirst();
    }

    static Optional<JsmSatisfaction> interpret(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            Object rating = value instanceof Number ? value : accessor(value, "getRating");
            if (!(rating instanceof Number number) || number.intValue() < 1 || number.intValue() > 5) {
                return Optional.empty();
            }
            Object comment = value instanceof Number ? null : accessor(value, "getComment");
            return Optional.of(new JsmSatisfaction(number.intValue(),
                    comment == null || comment.toString().isBlank() ? Optional.empty() : Optional.of(comment.toString()),
                    Optional.empty()));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("SuccessDesk: unexpected JSM satisfaction value {}", value.getClass().getName(), e);
            return Optional.empty();
        }
    }

    private static Object accessor(Object value, String name) throws ReflectiveOperationException {
        for (Method method : value.getClass().getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 0) {
                Object result = method.invoke(value);
                return result instanceof Optional<?> optional ? optional.orElse(null) : result;
            }
        }
        return null;
    }
}
