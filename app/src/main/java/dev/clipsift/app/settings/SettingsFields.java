package dev.clipsift.app.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Settings dialog's fields as text and back: the device choices, a captioning endpoint, whole numbers above 0.
 * A wrong field is an {@link IllegalArgumentException} whose message says what is wanted.
 */
public final class SettingsFields {
    /** The device choice that leaves the GPU count to the machine. */
    public static final String AUTOMATIC = "Automatic (the GPUs the driver lists)";
    /** The device choice that uses no GPU. */
    public static final String CPU_ONLY = "CPU only";
    /** GPU counts offered besides automatic and the CPU. */
    private static final int MAX_GPUS = 8;

    private SettingsFields() {}

    /** The device choices: automatic, the CPU only, 1 to 8 GPUs. */
    public static List<String> deviceChoices() {
        List<String> out = new ArrayList<>(List.of(AUTOMATIC, CPU_ONLY));
        for (int n = 1; n <= MAX_GPUS; n++) {
            out.add(deviceChoice(n));
        }
        return out;
    }

    /** A captioning endpoint: an http(s) URL with a host and without a user or password in it. */
    static String endpoint(String text) {
        String t = blankToNull(text);
        if (t == null) {
            return null;
        }
        URI u;
        try {
            u = new URI(t);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The captioning endpoint is not a URL: " + t);
        }
        if (u.getHost() == null
                || !List.of("http", "https")
                        .contains(String.valueOf(u.getScheme()).toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(
                    "The captioning endpoint must be an http:// or https:// URL, e.g. http://127.0.0.1:8000/v1");
        }
        if (u.getUserInfo() != null) {
            throw new IllegalArgumentException(
                    "The captioning endpoint must not hold a user or password: put the key in the API key field");
        }
        return t;
    }

    /** A thread count: a whole number above 0 that fits an int, or null when blank. */
    static Integer threads(String text) {
        Long n = positive("Threads", text);
        if (n != null && n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Threads must be a whole number above 0, not " + n);
        }
        return n == null ? null : n.intValue();
    }

    /** A whole number above 0, or null when blank. */
    static Long positive(String what, String text) {
        String t = blankToNull(text);
        if (t == null) {
            return null;
        }
        try {
            long n = Long.parseLong(t);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below says what is wanted
        }
        throw new IllegalArgumentException(
                what + " must be a whole number above 0 (or empty for the default), not " + t);
    }

    /** The device choice for a GPU count (null: automatic, 0: the CPU only). */
    static String deviceChoice(Integer gpus) {
        if (gpus == null) {
            return AUTOMATIC;
        }
        return gpus == 0 ? CPU_ONLY : gpus + (gpus == 1 ? " GPU" : " GPUs");
    }

    /** The GPU count a device choice stands for (null: automatic). */
    static Integer gpus(String choice) {
        if (choice == null || choice.equals(AUTOMATIC)) {
            return null;
        }
        if (choice.equals(CPU_ONLY)) {
            return 0;
        }
        return Integer.parseInt(choice.split(" ")[0]);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
