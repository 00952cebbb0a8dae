package org.gongpei.solver.domain;

import java.util.Arrays;

/**
 * An immutable amount per compartment (temperature class) and per dimension.
 * Component {@code i} is {@code temperatureClass.ordinal() * DIMENSIONS + dimension.ordinal()}.
 */
public final class Quantities {

    /** Number of dimensions per temperature class. */
    public static final int DIMENSIONS = Dimension.values().length;
    /** Number of components: temperature classes × dimensions. */
    public static final int COMPONENTS = TemperatureClass.values().length * DIMENSIONS;
    /** All zero. */
    public static final Quantities ZERO = new Quantities(new long[COMPONENTS]);

    private static final TemperatureClass[] CLASSES = TemperatureClass.values();
    private static final Dimension[] DIMENSION_VALUES = Dimension.values();

    private final long[] amounts;
    /** Bit {@code ordinal} set for each temperature class with a positive dimension. */
    private final int classMask;
    private final long parcels;

    private Quantities(long[] amounts) {
        this.amounts = amounts;
        int mask = 0;
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] > 0) {
                mask |= 1 << (i / DIMENSIONS);
            }
        }
        this.classMask = mask;
        long count = 0;
        for (int c = Dimension.PARCELS.ordinal(); c < amounts.length; c += DIMENSIONS) {
            count += amounts[c];
        }
        this.parcels = count;
    }

    /** @return a quantity with one non-zero component */
    public static Quantities of(TemperatureClass temperatureClass, Dimension dimension, long amount) {
        return ZERO.with(temperatureClass, dimension, amount);
    }

    /** @return a copy with one component replaced */
    public Quantities with(TemperatureClass temperatureClass, Dimension dimension, long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("A quantity cannot be negative, got " + amount + " " + dimension + ".");
        }
        long[] copy = amounts.clone();
        copy[index(temperatureClass, dimension)] = amount;
        return new Quantities(copy);
    }

    /** @return the component index of a temperature class and a dimension */
    public static int index(TemperatureClass temperatureClass, Dimension dimension) {
        return temperatureClass.ordinal() * DIMENSIONS + dimension.ordinal();
    }

    /** @return the temperature class of a component index */
    public static TemperatureClass temperatureClassOf(int component) {
        return CLASSES[component / DIMENSIONS];
    }

    /** @return the dimension of a component index */
    public static Dimension dimensionOf(int component) {
        return DIMENSION_VALUES[component % DIMENSIONS];
    }

    /** @return the amount of one component */
    public long get(int component) {
        return amounts[component];
    }

    /** @return the amount for a temperature class and a dimension */
    public long get(TemperatureClass temperatureClass, Dimension dimension) {
        return amounts[index(temperatureClass, dimension)];
    }

    /** @return whether any dimension of the given temperature class is positive */
    public boolean hasAny(TemperatureClass temperatureClass) {
        return (classMask & (1 << temperatureClass.ordinal())) != 0;
    }

    /** @return the parcels of every temperature class together */
    public long parcels() {
        return parcels;
    }

    /** @return a bit per temperature class (bit {@code ordinal}) that has any positive dimension */
    public int classMask() {
        return classMask;
    }

    /** @return the sum of this and another amount */
    public Quantities plus(Quantities other) {
        long[] sum = new long[COMPONENTS];
        for (int i = 0; i < COMPONENTS; i++) {
            sum[i] = amounts[i] + other.amounts[i];
        }
        return new Quantities(sum);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quantities other && Arrays.equals(amounts, other.amounts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(amounts);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < COMPONENTS; i++) {
            if (amounts[i] != 0) {
                text.append(text.length() > 1 ? ", " : "")
                        .append(temperatureClassOf(i)).append(' ').append(amounts[i]).append(' ').append(dimensionOf(i));
            }
        }
        return text.append(']').toString();
    }
}
