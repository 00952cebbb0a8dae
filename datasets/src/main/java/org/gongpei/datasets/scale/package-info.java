/** A generated road network of a large county's size, for the scale benchmark. */
package org.gongpei.datasets.scale;
