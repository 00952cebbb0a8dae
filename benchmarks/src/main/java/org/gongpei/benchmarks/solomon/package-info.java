/** Solomon VRPTW reader and the on-demand benchmark harness. */
package org.gongpei.benchmarks.solomon;
