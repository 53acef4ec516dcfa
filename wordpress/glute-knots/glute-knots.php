<?php
/**
 * Plugin Name:       Glute Knots
 * Plugin URI:        https://github.com/glute-knots/glute-knots
 * Description:       Blocks and shortcodes for glute-knots: a stretch timer, a prescribed routine, a causes table, a cited guide and a muscle map. Works for every author; the script is bundled and loads only on pages that use it.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            glute-knots contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       glute-knots
 *
 * @package glute-knots
 */

defined( 'ABSPATH' ) || exit;

define( 'GLUTE_KNOTS_VERSION', '0.1.0' );
define( 'GLUTE_KNOTS_FILE', __FILE__ );
define( 'GLUTE_KNOTS_DIR', __DIR__ );

require_once __DIR__ . '/includes/attributes.php';
require_once __DIR__ . '/includes/fallback.php';
require_once __DIR__ . '/includes/render.php';

add_action( 'init', 'glute_knots_register' );
add_filter( 'script_loader_tag', 'glute_knots_defer', 10, 2 );

/**
 * Registers the scripts, the five dynamic blocks (from their block.json) and the five shortcodes.
 */
function glute_knots_register() {
	$url = plugins_url( 'assets/', GLUTE_KNOTS_FILE );
	wp_register_script( 'glute-knots', $url . 'glute-knots.iife.js', array(), GLUTE_KNOTS_VERSION, true );
	foreach ( glute_knots_data()['shipped'] as $code ) {
		wp_register_script( 'glute-knots-' . $code, $url . 'locales/' . $code . '.iife.js', array( 'glute-knots' ), GLUTE_KNOTS_VERSION, true );
	}
	wp_register_script( 'glute-knots-editor-data', $url . 'editor-data.js', array(), GLUTE_KNOTS_VERSION, false );
	$editor_deps = array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'glute-knots-editor-data', 'glute-knots' );
	$language    = glute_knots_language();
	if ( wp_script_is( 'glute-knots-' . $language, 'registered' ) ) {
		$editor_deps[] = 'glute-knots-' . $language;
	}
	wp_register_script( 'glute-knots-editor', $url . 'editor.js', $editor_deps, GLUTE_KNOTS_VERSION, false );

	foreach ( glute_knots_data()['elements'] as $tag => $element ) {
		register_block_type( GLUTE_KNOTS_DIR . '/blocks/' . substr( $element['block'], strlen( 'glute-knots/' ) ) );
		add_shortcode(
			$element['shortcode'],
			function ( $atts ) use ( $tag ) {
				return glute_knots_render( $tag, glute_knots_shortcode_attributes( $tag, $atts ) );
			}
		);
	}
}

/**
 * Adds `defer` to the plugin's own front-end script tags (WordPress 6.1 has no loading strategy).
 *
 * @param string $tag    The script tag.
 * @param string $handle The script's handle.
 * @return string
 */
function glute_knots_defer( $tag, $handle ) {
	if ( is_admin() || 0 !== strpos( $handle, 'glute-knots' ) || false !== strpos( $tag, ' defer' ) ) {
		return $tag;
	}
	return str_replace( ' src=', ' defer src=', $tag );
}
