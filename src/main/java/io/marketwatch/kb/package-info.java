/**
 * The knowledge base: known companies, people, products and names that are not companies, from
 * the shipped resource and the user's CSV files, matched over the words of a name; no Spring.
 */
package io.marketwatch.kb;
