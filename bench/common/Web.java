package common;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/** HTTP for the load programs: only addresses on this machine, API tokens from a file, numbers as people type them. */
public final class Web {

    private Web() {
    }

    public static HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public static URI local(String base) {
        URI uri = URI.create(base);
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(uri.getHost())) {
            throw new IllegalArgumentException("the load programs only target this machine");
        }
        return uri;
    }

    /** One token a line, in the order of the users they were issued to. */
    public static List<String> tokens(Path file) throws IOException {
        List<String> tokens = Files.readAllLines(file).stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("no tokens in " + file);
        }
        return tokens;
    }

    /** The ways counsellors and telephony systems write one number: 0912 345 678, +84 912-345-678, 84912345678… */
    public static String spelling(String e164, SplittableRandom random) {
        String national = "0" + e164.substring(3);
        return switch (random.nextInt(4)) {
            case 0 -> national;
            case 1 -> national.substring(0, 4) + " " + national.substring(4, 7) + " " + national.substring(7);
            case 2 -> "+84 " + e164.substring(3, 6) + "-" + e164.substring(6, 9) + "-" + e164.substring(9);
            default -> e164.substring(1);
        };
    }

    /** A JSON object of numbers, booleans, texts without quotes or backslashes, lists and nested objects. */
    public static String json(Map<String, ?> body) {
        return body.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + value(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String value(Object v) {
        if (v instanceof List<?> list) {
            return list.stream().map(Web::value).collect(Collectors.joining(",", "[", "]"));
        }
        if (v instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, ?> object = (Map<String, ?>) map;
            return json(object);
        }
        return v instanceof Number || v instanceof Boolean ? v.toString() : "\"" + v + "\"";
    }
}
