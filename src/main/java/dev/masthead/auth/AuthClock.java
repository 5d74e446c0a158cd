package dev.masthead.auth;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The time sign-in throttling and the Management rate limit count by: the
 * system clock in UTC. Tests put an adjustable clock in its place, so they
 * can step past a lockout or a window instead of sleeping through it.
 */
@Singleton
class AuthClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
