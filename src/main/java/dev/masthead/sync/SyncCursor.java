package dev.masthead.sync;

import java.util.UUID;

import dev.masthead.content.EntityType;
import dev.masthead.delivery.CursorSeal;
import dev.masthead.web.problem.InvalidParameterException;

/**
 * Where a sync stands, sealed so that a client can only send back what this
 * API issued. The same position always seals to the same text, so a client
 * that is caught up gets its own cursor back.
 */
sealed interface SyncCursor {

    SyncTypes types();

    /** The log position everything before this cursor accounts for; below the trimmed part, it has expired. */
    long position();

    String encode(CursorSeal seal);

    /**
     * A page of the initial sync: everything public at log position
     * {@code position} was or will be read, phase by phase in id order;
     * {@code phase} is being read after id {@code after} (null: from its first).
     */
    record Initial(long position, EntityType phase, UUID after, SyncTypes types) implements SyncCursor {

        @Override
        public String encode(CursorSeal seal) {
            return seal.seal("i:" + position + ":" + phase.name() + ":" + (after == null ? "" : after) + ":"
                    + types.code());
        }
    }

    /** Changes after log position {@code position}, in log order. */
    record Delta(long position, SyncTypes types) implements SyncCursor {

        @Override
        public String encode(CursorSeal seal) {
            return seal.seal("d:" + position + ":" + types.code());
        }
    }

    static SyncCursor decode(String cursor, CursorSeal seal) {
        try {
            String raw = seal.open(cursor).orElseThrow(() -> new IllegalArgumentException("seal"));
            String[] parts = raw.split(":", -1);
            if (parts[0].equals("i") && parts.length == 5) {
                return new Initial(position(parts[1]), EntityType.valueOf(parts[2]),
                        parts[3].isEmpty() ? null : UUID.fromString(parts[3]), SyncTypes.parse(parts[4]));
            }
            if (parts[0].equals("d") && parts.length == 3) {
                return new Delta(position(parts[1]), SyncTypes.parse(parts[2]));
            }
            throw new IllegalArgumentException("shape");
        } catch (IllegalArgumentException | InvalidParameterException e) {
            throw new InvalidParameterException("cursor", "is not a sync cursor this API issued");
        }
    }

    private static long position(String text) {
        long position = Long.parseLong(text);
        if (position < 0) {
            throw new IllegalArgumentException("position");
        }
        return position;
    }
}
