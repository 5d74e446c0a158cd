package dev.masthead;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import sun.misc.Signal;

/**
 * Starts Masthead. SIGTERM (Kubernetes stopping a pod) is an orderly exit:
 * no new requests, those in flight finish (quarkus.shutdown.timeout), exit
 * status 0 rather than the 143 of a signal death.
 */
@QuarkusMain
public class MastheadMain implements QuarkusApplication {

    public static void main(String... args) {
        Quarkus.run(MastheadMain.class, args);
    }

    @Override
    public int run(String... args) {
        Signal.handle(new Signal("TERM"), signal -> Quarkus.asyncExit(0));
        Quarkus.waitForExit();
        return 0;
    }
}
