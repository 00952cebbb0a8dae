/** The demo counties ({@link org.gongpei.datasets.DemoCounties}) and, in subpackages, their generators. */
package org.gongpei.datasets;
