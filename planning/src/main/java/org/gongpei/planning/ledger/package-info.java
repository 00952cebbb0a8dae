/**
 * The delivery record (配送台账): what happened to each parcel, as an evaluator checks it. Reading record
 * files (CSV through Apache Commons CSV, Excel {@code .xlsx} through Apache POI's streaming SAX reader, one
 * row per parcel, columns by English or Chinese header name), validating each row by stated rules, and the
 * canonical row and batch digests (SHA-256) that chain a county's imports so that a later change is evident.
 */
package org.gongpei.planning.ledger;
