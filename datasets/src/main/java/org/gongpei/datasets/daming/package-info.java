/**
 * The Daming County (大名县, Hebei, 130425) demo dataset: real names, codes and outline; seeded
 * synthetic positions, populations, stations, hubs, roads and demand. Entry point
 * {@link org.gongpei.datasets.daming.DamingGenerator}.
 */
package org.gongpei.datasets.daming;
