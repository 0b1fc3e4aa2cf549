package io.successdesk.domain.account;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An internet domain used to match reporters' e-mail addresses to accounts, lower-cased, with at least two
 * labels ({@code acme.com}); each label is 1–63 letters, digits or inner hyphens, 253 characters at most.
 */
public record EmailDomain(String value) {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final int MAX_LENGTH = 253;

    public EmailDomain {
        Objects.requireNonNull(value, "value");
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("'" + value + "' is not a domain like acme.com");
        }
    }

    public static EmailDomain of(String value) {
        return new EmailDomain(value);
    }

    /** The domain of an address such as {@code Bob@EU.Acme.com} ({@code eu.acme.com}); empty when not an address. */
    public static Optional<EmailDomain> ofEmailAddress(String address) {
        Objects.requireNonNull(address, "address");
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return Optional.empty();
        }
        String domain = address.substring(at + 1).strip().toLowerCase(Locale.ROOT);
        return isWellFormed(domain) ? Optional.of(new EmailDomain(domain)) : Optional.empty();
    }

    /**
     * The domain one level up ({@code eu.acme.com → acme.com}); empty for a two-label domain, because a
     * top-level domain alone ({@code com}) never identifies a customer.
     */
    public Optional<EmailDomain> parent() {
        int dot = value.indexOf('.');
        String rest = value.substring(dot + 1);
        return rest.indexOf('.') < 0 ? Optional.empty() : Optional.of(new EmailDomain(rest));
    }

    private static boolean isWellFormed(String candidate) {
        if (candidate.length() > MAX_LENGTH || candidate.startsWith(".") || candidate.endsWith(".")) {
            return false;
        }
        String[] labels = candidate.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
