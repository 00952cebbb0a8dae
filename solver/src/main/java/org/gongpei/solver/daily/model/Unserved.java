package org.gongpei.solver.daily.model;

import java.util.List;

/**
 * Demand the plan leaves out, with the reason.
 *
 * @param villageCode the village
 * @param villageName its name
 * @param parcels parcels not delivered
 * @param pickupParcels parcels of farm products not collected
 * @param reason a sentence for a person (in English: the sentences of {@code reasons}, joined by "; ")
 * @param reasons each reason as a code and arguments, to be said in the reader's language
 */
public record Unserved(String villageCode, String villageName, int parcels, int pickupParcels, String reason,
        List<UnservedReason> reasons) {

    /** @return demand left out for these reasons, the sentence joined from theirs */
    public static Unserved of(String villageCode, String villageName, int parcels, int pickupParcels,
            List<UnservedReason> reasons) {
        return new Unserved(villageCode, villageName, parcels, pickupParcels,
                String.join("; ", reasons.stream().map(UnservedReason::text).toList()), List.copyOf(reasons));
    }
}
