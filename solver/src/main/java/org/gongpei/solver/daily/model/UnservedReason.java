package org.gongpei.solver.daily.model;

import java.util.List;

/**
 * Why demand of a village is left out, as a code with its arguments (for a page or a sheet to say it in the
 * reader's language) and as an English sentence.
 *
 * @param part what is left out: {@code PARCELS}, {@code CHILLED} or {@code AMBIENT} products, an {@code URGENT}
 *        pickup (of {@code product}), or null for the village's whole demand
 * @param product the product of an urgent pickup, else null
 * @param code the cause: {@code NO_DELIVERY_VEHICLE}, {@code READY_AFTER_CLOSING} (ready, closes),
 *        {@code NOT_READY_FOR_COLD_STORE} (deadline, ready), {@code NO_VEHICLE_AT_DEPOT} (depot),
 *        {@code LATE_ARRIVAL} (depot, leaves, arrives, closes), {@code LOAD_TOO_LARGE} (parcels, kg, depot),
 *        {@code COLD_STORE_UNREACHABLE} (ready, depot, deadline, back), {@code FLEET_FULL} (vehicles, depot),
 *        {@code BROKEN_DOWN} (vehicle, at, depot, back) or {@code NOT_PLANNED}; times as {@code HH:MM}
 * @param arguments the cause's arguments, in that order
 * @param text the English sentence, as {@link Unserved#reason()} has always said it
 */
public record UnservedReason(String part, String product, String code, List<String> arguments, String text) {

    public UnservedReason {
        arguments = List.copyOf(arguments);
    }

    /** @return a reason about the village's whole demand */
    public static UnservedReason of(String code, String text, String... arguments) {
        return new UnservedReason(null, null, code, List.of(arguments), text);
    }

    /** @return this cause for a part of the demand, its sentence prefixed as "part: …" */
    public UnservedReason about(String part, String product, String partText) {
        return new UnservedReason(part, product, code, arguments, partText + ": " + text);
    }
}
