package org.gongpei.solver.daily.model;

/**
 * What a vehicle carries, per compartment.
 *
 * @param ambientParcels parcels without temperature control
 * @param ambientKilograms their weight, kg
 * @param chilledParcels parcels at 0–4 °C
 * @param chilledKilograms their weight, kg
 */
public record Load(int ambientParcels, double ambientKilograms, int chilledParcels, double chilledKilograms) {
}
