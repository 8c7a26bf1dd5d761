package org.anhduong.geography;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A province that does not exist, with a code of its own per test: an import replaces only the provinces it names,
 * so tests that re-import one never touch the real units or each other's.
 */
public record MadeUpProvince(String code) {

    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000, 80_000));

    public static MadeUpProvince create() {
        return new MadeUpProvince("9" + NEXT.incrementAndGet());
    }

    public String name() {
        return "Tỉnh Thử Nghiệm " + code;
    }

    public String commune(int number) {
        return code + "%02d".formatted(number);
    }

    public String provinceLine() {
        return "province," + code + "," + name() + ",";
    }

    public String communeLine(int number, String name) {
        return "commune," + commune(number) + "," + name + "," + code;
    }

    public static String csv(String... lines) {
        return "level,code,name,parent_code\n" + Arrays.stream(lines).collect(Collectors.joining("\n", "", "\n"));
    }
}
