package org.gongpei.solver.hub;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.random.RandomGenerator;

import ai.timefold.solver.core.preview.api.move.Move;

import org.gongpei.solver.hub.ReassignVillagesMove.Reassignment;

/**
 * Opens and closes depots in one move. Single-village moves cannot do this well: the first village moved to an
 * unused hub pays its whole opening cost, and the last one moved away from a hub only then saves it, so late
 * acceptance stays with whichever depots the construction used. For depot D:
 * <ul>
 * <li><b>open</b>: the villages that D serves more cheaply than their depot move to D, biggest saving first,
 * as long as D has room and cold storage where needed (D may already be in use: then it grows);</li>
 * <li><b>close</b> (a hub in use): each of its villages moves to the cheapest other depot in use that may serve
 * it and has room and cold storage where needed, or else to the cheapest unused such depot.</li>
 * </ul>
 * The scoring decides, as for any move, whether the result is accepted.
 */
public final class DepotMoves {

    /** Random picks of a depot tried before a random iterator gives up for this step. */
    private static final int RANDOM_ATTEMPTS = 20;

    private DepotMoves() {
    }

    /** @return how many moves {@link #all} may give at most: an open and a close per depot */
    public static long count(HubAssignmentPlan plan) {
        return 2L * plan.getDepots().size();
    }

    /** @return the open and close moves of every depot that would move a village */
    public static Iterator<Move<HubAssignmentPlan>> all(HubAssignmentPlan plan) {
        List<Move<HubAssignmentPlan>> moves = new ArrayList<>();
        for (Depot depot : plan.getDepots()) {
            addIfAny(moves, open(plan, depot));
            addIfAny(moves, close(plan, depot));
        }
        return moves.iterator();
    }

    private static void addIfAny(List<Move<HubAssignmentPlan>> moves, ReassignVillagesMove move) {
        if (move != null) {
            moves.add(move);
        }
    }

    /** @return random open or close moves of random depots, ending when {@value #RANDOM_ATTEMPTS} picks in a row find none */
    public static Iterator<Move<HubAssignmentPlan>> random(HubAssignmentPlan plan, RandomGenerator random) {
        return new Iterator<>() {
            private ReassignVillagesMove next;

            @Override
            public boolean hasNext() {
                for (int attempt = 0; next == null && attempt < RANDOM_ATTEMPTS; attempt++) {
                    Depot depot = plan.getDepots().get(random.nextInt(plan.getDepots().size()));
                    next = random.nextBoolean() ? open(plan, depot) : close(plan, depot);
                }
                return next != null;
            }

            @Override
            public Move<HubAssignmentPlan> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ReassignVillagesMove move = next;
                next = null;
                return move;
            }
        };
    }

    /** @return the move that opens or grows the depot, null when no village would move */
    static ReassignVillagesMove open(HubAssignmentPlan plan, Depot depot) {
        long room = depot.capacityParcels() - parcelsByDepot(plan)[depot.index()];
        List<VillageAssignment> gaining = new ArrayList<>();
        for (VillageAssignment village : plan.getVillages()) {
            Depot current = village.getDepot();
            if (current != null && current.index() != depot.index() && village.mayBeServedBy(depot)
                    && village.cost() > village.costFrom(depot) && canServe(depot, village)) {
                gaining.add(village);
            }
        }
        gaining.sort(Comparator.comparingLong((VillageAssignment village) -> village.costFrom(depot) - village.cost())
                .thenComparing(VillageAssignment::getVillageCode));
        List<Reassignment> reassignments = new ArrayList<>();
        for (VillageAssignment village : gaining) {
            if (village.getParcels() <= room) {
                room -= village.getParcels();
                reassignments.add(new Reassignment(village, depot));
            }
        }
        return reassignments.isEmpty() ? null : new ReassignVillagesMove("Open " + depot.code(), reassignments);
    }

    /** @return the move that empties the hub, null when it is not in use or a village has nowhere else to go */
    static ReassignVillagesMove close(HubAssignmentPlan plan, Depot depot) {
        if (depot.centre()) {
            return null;
        }
        boolean[] inUse = inUse(plan);
        if (!inUse[depot.index()]) {
            return null;
        }
        long[] parcels = parcelsByDepot(plan);
        List<Reassignment> reassignments = new ArrayList<>();
        for (VillageAssignment village : plan.getVillages()) {
            if (village.getDepot() == null || village.getDepot().index() != depot.index()) {
                continue;
            }
            Depot target = cheapestOther(village, depot, parcels, inUse, true);
            if (target == null) {
                target = cheapestOther(village, depot, parcels, inUse, false);
            }
            if (target == null) {
                return null;
            }
            parcels[target.index()] += village.getParcels();
            inUse[target.index()] = true;
            reassignments.add(new Reassignment(village, target));
        }
        return new ReassignVillagesMove("Close " + depot.code(), reassignments);
    }

    private static Depot cheapestOther(VillageAssignment village, Depot closing, long[] parcels, boolean[] inUse,
            boolean used) {
        Depot best = null;
        for (Depot candidate : village.getAllowedDepots()) {
            if (candidate.index() != closing.index() && inUse[candidate.index()] == used && canServe(candidate, village)
                    && parcels[candidate.index()] + village.getParcels() <= candidate.capacityParcels()
                    && (best == null || village.costFrom(candidate) < village.costFrom(best))) {
                best = candidate;
            }
        }
        return best;
    }

    private static boolean canServe(Depot depot, VillageAssignment village) {
        return depot.coldStorage() || !village.needsColdStorage();
    }

    private static long[] parcelsByDepot(HubAssignmentPlan plan) {
        long[] parcels = new long[plan.getDepots().size()];
        for (VillageAssignment village : plan.getVillages()) {
            if (village.getDepot() != null) {
                parcels[village.getDepot().index()] += village.getParcels();
            }
        }
        return parcels;
    }

    private static boolean[] inUse(HubAssignmentPlan plan) {
        boolean[] inUse = new boolean[plan.getDepots().size()];
        for (VillageAssignment village : plan.getVillages()) {
            if (village.getDepot() != null) {
                inUse[village.getDepot().index()] = true;
            }
        }
        return inUse;
    }
}
