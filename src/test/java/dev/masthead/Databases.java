package dev.masthead;

/**
 * Which database the suite runs on. A test that only makes sense on
 * PostgreSQL (ranking, query plans) says so in its name and carries
 * {@code @EnabledIf("dev.masthead.Databases#postgres")}: skipped on H2, not deleted.
 */
public final class Databases {

    private Databases() {
    }

    /** True under {@code ./mvnw verify -Ppg} (the pg test profile). */
    public static boolean postgres() {
        String profiles = System.getProperty("quarkus.test.profile", "");
        return java.util.Arrays.asList(profiles.split(",")).contains("pg");
    }
}
