package org.gongpei.service.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;
import org.gongpei.solver.daily.replan.UrgentPickup;
import org.gongpei.solver.daily.replan.VehicleBreakdown;
import org.junit.jupiter.api.Test;

class PlanChangeRequestsTest {

    @Test
    void readsABreakdownAndAnUrgentPickupWithItsDefaults() {
        assertThat(PlanChangeRequests.read(new PlanChangeRequest("BREAKDOWN", " VAN_HUB-H1-2 ", null, null, null,
                "11:30", null, null))).isEqualTo(new VehicleBreakdown("VAN_HUB-H1-2", 11 * 3600 + 1800));
        assertThat(PlanChangeRequests.read(new PlanChangeRequest("URGENT_PICKUP", null, "130425100201", 5, null,
                "12:10", null, "18:00")))
                .isEqualTo(new UrgentPickup("130425100201", 5, 0, 12 * 3600 + 600, 18 * 3600L, 12 * 3600 + 600));
        assertThat(PlanChangeRequests.format(13 * 3600 + 5 * 60)).isEqualTo("13:05");
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        assertThatThrownBy(() -> PlanChangeRequests.read(new PlanChangeRequest("URGENT_PICKUP", "VAN-1", null, -2, 3,
                "7:5", "25:00", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.kind()).isEqualTo(InvalidInputException.Kind.MALFORMED);
                    assertThat(e.errors()).extracting(InputError::field)
                            .containsExactlyInAnyOrder("atTime", "villageCode", "ambientParcels", "vehicleId", "readyTime");
                });
        assertThatThrownBy(() -> PlanChangeRequests.read(new PlanChangeRequest("URGENT_PICKUP", null, "V1", 0, 0,
                "10:00", null, null))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).singleElement().extracting(InputError::message)
                                .isEqualTo("an urgent pickup needs at least one parcel"));
        assertThatThrownBy(() -> PlanChangeRequests.read(new PlanChangeRequest("URGENT_PICKUP", null, "V1", 2, 0,
                "10:00", "13:00", "12:00"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("must come after its ready time 13:00");
        assertThatThrownBy(() -> PlanChangeRequests.read(null)).isInstanceOf(InvalidInputException.class)
                .hasMessage("The request has no body");
    }

    @Test
    void boundsTheParcelsOfAnUrgentPickupSoNoSumCanOverflow() {
        assertThatThrownBy(() -> PlanChangeRequests.read(new PlanChangeRequest("URGENT_PICKUP", null, "V1",
                Integer.MAX_VALUE, Integer.MAX_VALUE, "10:00", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InputError::field).containsExactlyInAnyOrder("ambientParcels", "chilledParcels"));
        assertThat(PlanChangeRequests.read(new PlanChangeRequest("URGENT_PICKUP", null, "V1",
                PlanChangeRequests.MAX_PARCELS, 0, "10:00", null, null))).isNotNull();
    }
}
