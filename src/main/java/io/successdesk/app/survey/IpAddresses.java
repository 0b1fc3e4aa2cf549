package io.successdesk.app.survey;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** IP address literals as client and proxy addresses are written; never a host name, so never a DNS lookup. */
final class IpAddresses {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final int MAX_LENGTH = 45;

    private IpAddresses() {
    }

    /** The address in its one canonical spelling ({@link InetAddress#getHostAddress()}), or empty for anything else. */
    static Optional<String> canonical(String text) {
        String literal = text.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        if (literal.isEmpty() || literal.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher ipv4 = IPV4.matcher(literal);
        if (ipv4.matches()) {
            byte[] octets = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(ipv4.group(i + 1));
                if (octet > 255) {
                    return Optional.empty();
                }
                octets[i] = (byte) octet;
            }
            return Optional.of(address(octets));
        }
        if (!IPV6.matcher(literal).matches()) {
            return Optional.empty();
        }
        try {
            // a text with ':' is parsed as an IPv6 literal (never looked up): invalid ones throw
            return Optional.of(InetAddress.getByName(literal).getHostAddress());
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    private static String address(byte[] octets) {
        try {
            return InetAddress.getByAddress(octets).getHostAddress();
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException("four octets are an IPv4 address", impossible);
        }
    }
}
