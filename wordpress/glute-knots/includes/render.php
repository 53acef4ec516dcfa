<?php
/**
 * Renders an element for a block or a shortcode, and enqueues the script (and the language pack) only then, so a
 * page without one loads nothing of the plugin; this also covers widgets, template parts and page builders.
 *
 * @package glute-knots
 */

defined( 'ABSPATH' ) || exit;

/**
 * The language the elements are shown in: the page's if the plugin ships its words (English, or a bundled
 * language pack), else English.
 *
 * @return string
 */
function glute_knots_element_language() {
	$lang = glute_knots_language();
	return ( 'en' === $lang || in_array( $lang, glute_knots_data()['shipped'], true ) ) ? $lang : 'en';
}

/**
 * Enqueues the library, in the footer with `defer`, and the language pack of a language other than English.
 *
 * @param string $lang The elements' language.
 */
function glute_knots_enqueue( $lang ) {
	wp_enqueue_script( 'glute-knots' );
	if ( 'en' !== $lang ) {
		wp_enqueue_script( 'glute-knots-' . $lang );
	}
}

/**
 * An element's HTML: its tag with `lang`, the given and default attributes (documented names only, values
 * escaped), and the fallback text inside.
 *
 * @param string $tag        The element's tag.
 * @param array  $attributes Attribute name => value (a block's attributes or a shortcode's, already named).
 * @param string $wrapper    Extra attributes, already escaped (the block wrapper's class).
 * @return string
 */
function glute_knots_render( $tag, $attributes, $wrapper = '' ) {
	if ( ! isset( glute_knots_data()['elements'][ $tag ] ) ) {
		return '';
	}
	$attrs = glute_knots_attributes( $tag, glute_knots_clean_attributes( $tag, $attributes ) );
	$lang  = glute_knots_element_language();
	glute_knots_enqueue( $lang );
	$html = '<' . $tag . ( '' !== $wrapper ? ' ' . $wrapper : '' ) . ' lang="' . esc_attr( $lang ) . '"';
	foreach ( $attrs as $name => $value ) {
		if ( false === $value ) {
			continue; // a boolean that is off is absent
		}
		$html .= ' ' . esc_attr( $name ) . ( true === $value ? '' : '="' . esc_attr( $value ) . '"' );
	}
	return $html . '>' . glute_knots_fallback( $tag, $attrs, $lang ) . '</' . $tag . '>';
}
