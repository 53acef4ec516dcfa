<?php
/**
 * Attributes: the documented ones only (from the generated data/elements.php), booleans as WordPress passes them,
 * the site-wide defaults of the `glute_knots_default_attributes` filter, and the page's language.
 *
 * @package glute-knots
 */

defined( 'ABSPATH' ) || exit;

/**
 * The generated data: elements, their attributes, exercises and words (data/elements.php).
 *
 * @return array
 */
function glute_knots_data() {
	static $data = null;
	if ( null === $data ) {
		$data = require GLUTE_KNOTS_DIR . '/data/elements.php';
	}
	return $data;
}

/**
 * A boolean attribute's value as given: true for `sound`, `sound=""`, `sound="true"`, `sound="1"`, `sound="yes"`;
 * false for `false`, `0`, `no`, `off`.
 *
 * @param mixed $value The value (true, a string or a number).
 * @return bool
 */
function glute_knots_truthy( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return ! in_array( strtolower( trim( (string) $value ) ), array( 'false', '0', 'no', 'off' ), true );
}

/**
 * Keeps the documented attributes of an element, each as a string, or true or false for a boolean. Unknown names,
 * arrays and numbers that are not numbers are dropped.
 *
 * @param string $tag The element's tag.
 * @param array  $raw Attribute name => value.
 * @return array
 */
function glute_knots_clean_attributes( $tag, $raw ) {
	$kinds = glute_knots_data()['elements'][ $tag ]['attributes'];
	$clean = array();
	foreach ( (array) $raw as $name => $value ) {
		$name = strtolower( (string) $name );
		if ( ! isset( $kinds[ $name ] ) || is_array( $value ) || is_object( $value ) || null === $value ) {
			continue;
		}
		$kind = $kinds[ $name ];
		if ( 'boolean' === $kind ) {
			$clean[ $name ] = glute_knots_truthy( $value ); // false is kept, so it can turn off a site-wide default
			continue;
		}
		$value = trim( (string) $value );
		if ( '' === $value || ( 'number' === $kind && ! is_numeric( $value ) ) ) {
			continue;
		}
		$clean[ $name ] = $value;
	}
	return $clean;
}

/**
 * A shortcode's attributes by name: WordPress passes `[stretch_timer sound]` as `array( 0 => 'sound' )`, so a
 * positional value that names a boolean attribute turns it on. glute_knots_render() cleans them, as a block's.
 *
 * @param string       $tag  The element's tag.
 * @param array|string $atts The shortcode's attributes ('' when it has none).
 * @return array
 */
function glute_knots_shortcode_attributes( $tag, $atts ) {
	$kinds = glute_knots_data()['elements'][ $tag ]['attributes'];
	$named = array();
	foreach ( (array) $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			$flag = strtolower( trim( (string) $value ) );
			if ( isset( $kinds[ $flag ] ) && 'boolean' === $kinds[ $flag ] ) {
				$named[ $flag ] = true;
			}
			continue;
		}
		$named[ $key ] = $value;
	}
	return $named;
}

/**
 * The attributes an element is rendered with: the site-wide defaults of the `glute_knots_default_attributes`
 * filter under the ones the block or shortcode gives.
 *
 * Example, in a theme's functions.php or a small plugin:
 *     add_filter( 'glute_knots_default_attributes', function ( $defaults, $tag ) {
 *         return array( 'emergency-number' => '000 in Australia', 'theme' => 'light' ) + $defaults;
 *     }, 10, 2 );
 * Each element takes the defaults it documents; the rest are ignored.
 *
 * @param string $tag   The element's tag.
 * @param array  $given The block's or shortcode's attributes, already cleaned.
 * @return array
 */
function glute_knots_attributes( $tag, $given ) {
	$defaults = apply_filters( 'glute_knots_default_attributes', array(), $tag );
	return array_merge( glute_knots_clean_attributes( $tag, is_array( $defaults ) ? $defaults : array() ), $given );
}

/**
 * The page's language as a BCP 47 primary subtag (`es_ES` -> `es`), from the WordPress locale (which multilingual
 * plugins set per post). Filter: `glute_knots_language`.
 *
 * @return string
 */
function glute_knots_language() {
	$locale = function_exists( 'determine_locale' ) ? determine_locale() : get_locale();
	$code   = strtolower( (string) strtok( (string) $locale, '_-' ) );
	return (string) apply_filters( 'glute_knots_language', '' === $code ? 'en' : $code, $locale );
}
