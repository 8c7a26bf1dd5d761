package casework;

import common.Gen;

import java.util.Arrays;
import java.util.SplittableRandom;

import static common.Gen.pick;

/**
 * Invented people: Vietnamese names drawn with the frequencies of common family, middle and given names, căn cước
 * numbers of the right shape, addresses, and a pool of phone numbers some of which several clients give. All invented.
 */
final class People {

    /** Family names with their approximate share of the population (Nguyễn ~38 %, Trần ~11 %, …). */
    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đào", "Mai", "Lò", "Hà", "Triệu", "Lương"};
    static final double[] FAMILY_WEIGHTS = {38, 11, 9.5, 7, 3.5, 2, 4.5, 2.5, 1.5, 2.1, 2, 1.4, 1.3, 1.3, 1, 0.5, 0.8,
            0.6, 0.6, 0.5, 0.3, 0.5, 0.3, 0.3};
    static final String[] FEMALE_MIDDLE = {"Thị", "Ngọc", "Thu", "Thanh", "Hồng", "Kim", "Minh", "Phương", "Bích",
            "Mỹ", "Thùy", "Diệu", "Khánh", "Lan"};
    static final double[] FEMALE_MIDDLE_WEIGHTS = {55, 7, 5, 5, 4, 3, 3, 3, 2, 2, 3, 2, 3, 1};
    static final String[] MALE_MIDDLE = {"Văn", "Minh", "Đức", "Quốc", "Hữu", "Công", "Thanh", "Gia", "Anh", "Xuân"};
    static final double[] MALE_MIDDLE_WEIGHTS = {50, 10, 8, 6, 6, 5, 5, 4, 4, 2};
    static final String[] FEMALE_GIVEN = {"Lan", "Hương", "Mai", "Hoa", "Linh", "Trang", "Hà", "Nga", "Phương",
            "Thảo", "Yến", "Quỳnh", "Hạnh", "Tâm", "Hằng", "Huyền", "Nhung", "Loan", "Thủy", "Dung", "Vân", "Anh",
            "Ngọc", "Oanh", "Hiền", "Nhàn", "Thu", "Xuân", "Hồng", "Liên", "Chi", "Giang", "Vy", "My", "Trâm", "Ly"};
    static final String[] MALE_GIVEN = {"Hùng", "Dũng", "Tuấn", "Nam", "An", "Bình", "Khang", "Huy", "Long", "Phúc",
            "Minh", "Đạt", "Khoa", "Bảo", "Cường", "Hải", "Sơn", "Thắng", "Trung", "Vinh"};
    static final String[] NICKNAMES = {"Bống", "Tý", "Mít", "Na", "Cún", "Bé", "Su", "Bin", "Hến", "Nhím"};
    static final String[] PLACES = {"Thôn", "Xóm", "Tổ", "Khu phố", "Bản", "Ấp"};
    static final String[] STREETS = {"đường Trần Hưng Đạo", "đường Lê Lợi", "ngõ 12 phố Hàng Bạc", "đường Nguyễn Trãi",
            "hẻm 45 đường Lý Thường Kiệt", "đường Hùng Vương", "khu tập thể nhà máy"};

    private People() {
    }

    static String name(SplittableRandom r, boolean female) {
        String family = pick(r, FAMILY, FAMILY_WEIGHTS);
        String middle = female ? pick(r, FEMALE_MIDDLE, FEMALE_MIDDLE_WEIGHTS) : pick(r, MALE_MIDDLE, MALE_MIDDLE_WEIGHTS);
        String[] given = female ? FEMALE_GIVEN : MALE_GIVEN;
        // Given names are skewed too: the first third of the list carries half the draws.
        int g = r.nextDouble() < 0.5 ? r.nextInt(given.length / 3) : r.nextInt(given.length);
        return family + " " + middle + " " + given[g];
    }

    static String nickname(SplittableRandom r) {
        return NICKNAMES[r.nextInt(NICKNAMES.length)];
    }

    static String address(SplittableRandom r) {
        String place = PLACES[r.nextInt(PLACES.length)] + " " + (1 + r.nextInt(20));
        return r.nextBoolean() ? place : "Số " + (1 + r.nextInt(300)) + " " + STREETS[r.nextInt(STREETS.length)]
                + ", " + place.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A căn cước number of the right shape: the province of registration (3 digits), the century-and-sex digit (0/1
     * for men/women born in the 1900s, 2/3 in the 2000s), two digits of the birth year, a six-digit serial.
     */
    static String citizenId(SplittableRandom r, String province, boolean female, int birthYear) {
        int century = (birthYear >= 2000 ? 2 : 0) + (female ? 1 : 0);
        return String.format("%03d%d%02d%06d", Integer.parseInt(province), century, birthYear % 100,
                r.nextInt(1_000_000));
    }

    /**
     * Phone numbers as clients give them: band "shared" 100 numbers carrying 1.5 % of the phone rows with Zipf weights
     * (a relative's or a neighbour's number several clients gave, a shelter's desk phone); band "repeat" N/25 numbers
     * carrying 12 % (women who come back with a new case, relatives); band "once" a number of its own. Indexes map one
     * to one to numbers ({@link Gen#e164}); indexes from {@link #unusedFrom()} on were never given to anyone.
     */
    static final class PhonePool {
        static final int SHARED = 100;
        static final double SHARED_SHARE = 0.015;
        static final double REPEAT_SHARE = 0.12;

        final long repeat;
        final long onceFrom;
        final double[] zipf = Gen.zipf(SHARED);
        final int[] uses;
        long nextOnce;

        PhonePool(long cases) {
            repeat = Math.max(200, cases / 25);
            onceFrom = SHARED + repeat;
            nextOnce = onceFrom;
            uses = new int[(int) (onceFrom + cases * 2 + 1)];
        }

        long draw(SplittableRandom r) {
            double band = r.nextDouble();
            long index;
            if (band < SHARED_SHARE) {
                int i = Arrays.binarySearch(zipf, r.nextDouble());
                index = i >= 0 ? i : Math.min(SHARED - 1, -i - 1);
            } else if (band < SHARED_SHARE + REPEAT_SHARE) {
                index = SHARED + r.nextLong(repeat);
            } else {
                index = nextOnce++;
            }
            uses[(int) index]++;
            return index;
        }

        String band(long index) {
            return index < SHARED ? "shared" : index < onceFrom ? "repeat" : "once";
        }

        long unusedFrom() {
            return uses.length;
        }
    }
}
