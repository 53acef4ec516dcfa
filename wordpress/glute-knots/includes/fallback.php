<?php
/**
 * The readable text inside each server-rendered element, shown until the script defines the element (and to
 * readers and feeds that never run it). Every word comes from the library's language packs through the generated
 * data/elements.php: "Pigeon pose: Hold 30 seconds, 3 times on each side."
 *
 * @package glute-knots
 */

defined( 'ABSPATH' ) || exit;

/**
 * The words of a language the plugin ships, else English.
 *
 * @param string $lang A primary language subtag.
 * @return array
 */
function glute_knots_words( $lang ) {
	$words = glute_knots_data()['words'];
	return isset( $words[ $lang ] ) ? $words[ $lang ] : $words['en'];
}

/**
 * A count in words: `{n} seconds`, `once`, `3 times`.
 *
 * @param array $forms `one` and `other`, with `{n}`.
 * @param int   $n     The count.
 * @return string
 */
function glute_knots_count( $forms, $n ) {
	return str_replace( '{n}', (string) $n, 1 === $n ? $forms['one'] : $forms['other'] );
}

/**
 * One exercise as a sentence: "Pigeon pose: Hold 30 seconds, 3 times on each side."
 *
 * @param array       $w    The words.
 * @param string      $name The exercise's name.
 * @param string|null $id   The built-in exercise's id, whose own phase word ("Rest on the spot") wins over its kind's.
 * @param string      $kind stretch, release or strength.
 * @param int         $hold Seconds per hold.
 * @param int         $reps Rounds.
 * @param string      $sides both or one.
 * @return string
 */
function glute_knots_dose_sentence( $w, $name, $id, $kind, $hold, $reps, $sides ) {
	$dose = strtr(
		'one' === $sides ? $w['doseOne'] : $w['doseBoth'],
		array(
			'{phase}'    => ( null !== $id && isset( $w['phases'][ $id ] ) ) ? $w['phases'][ $id ] : $w['work'][ $kind ],
			'{duration}' => glute_knots_count( $w['seconds'], $hold ),
			'{times}'    => glute_knots_count( $w['times'], $reps ),
		)
	);
	return $name . ': ' . $dose . '.';
}

/**
 * A whole number attribute in its range, else null.
 *
 * @param array  $attrs The attributes.
 * @param string $name  The attribute.
 * @param int    $min   Lowest.
 * @param int    $max   Highest.
 * @return int|null
 */
function glute_knots_whole( $attrs, $name, $min, $max ) {
	if ( ! isset( $attrs[ $name ] ) || ! is_numeric( $attrs[ $name ] ) ) {
		return null;
	}
	$n = (int) $attrs[ $name ];
	return ( $n >= $min && $n <= $max && (string) $n === (string) $attrs[ $name ] ) ? $n : null;
}

/**
 * The exercises of a routine's `stretches` (`pigeon-pose:45x2:one, figure-four`), unknown ids left out.
 *
 * @param string $stretches The attribute.
 * @return array Each: id, hold, reps, sides (null when not given).
 */
function glute_knots_plan( $stretches ) {
	$plan = array();
	foreach ( explode( ',', $stretches ) as $entry ) {
		$parts = array_map( 'trim', explode( ':', $entry ) );
		$id    = strtolower( array_shift( $parts ) );
		if ( ! isset( glute_knots_data()['exercises'][ $id ] ) ) {
			continue;
		}
		$item = array( 'id' => $id, 'hold' => null, 'reps' => null, 'sides' => null );
		foreach ( $parts as $part ) {
			if ( preg_match( '/^(\d+)?(?:x(\d+))?$/i', $part, $m ) && '' !== $part ) {
				$item['hold'] = ( isset( $m[1] ) && '' !== $m[1] ) ? (int) $m[1] : $item['hold'];
				$item['reps'] = isset( $m[2] ) ? (int) $m[2] : $item['reps'];
			} elseif ( in_array( strtolower( $part ), array( 'one', 'both' ), true ) ) {
				$item['sides'] = strtolower( $part );
			}
		}
		$plan[] = $item;
	}
	return $plan;
}

/**
 * The fallback HTML of an element, escaped.
 *
 * @param string $tag   The element's tag.
 * @param array  $attrs Its attributes (cleaned).
 * @param string $lang  The page's language.
 * @return string
 */
function glute_knots_fallback( $tag, $attrs, $lang ) {
	$w         = glute_knots_words( $lang );
	$exercises = glute_knots_data()['exercises'];
	$list      = function ( $items ) {
		return '<ul>' . implode( '', array_map( fn( $item ) => '<li>' . esc_html( $item ) . '</li>', $items ) ) . '</ul>';
	};
	switch ( $tag ) {
		case 'stretch-timer':
			$id   = isset( $attrs['stretch'], $exercises[ $attrs['stretch'] ] ) ? $attrs['stretch'] : null;
			$own  = $id ? $exercises[ $id ] : array( 'kind' => 'stretch', 'hold' => 30, 'reps' => 3, 'sides' => 'both' );
			$name = isset( $attrs['label'] ) ? $attrs['label'] : ( $id ? $w['stretches'][ $id ] : $w['genericName'] );
			$text = glute_knots_dose_sentence(
				$w,
				$name,
				$id,
				$own['kind'],
				glute_knots_whole( $attrs, 'hold', 5, 300 ) ?? $own['hold'],
				glute_knots_whole( $attrs, 'reps', 1, 20 ) ?? $own['reps'],
				isset( $attrs['sides'] ) && in_array( $attrs['sides'], array( 'one', 'both' ), true ) ? $attrs['sides'] : $own['sides']
			);
			return '<p>' . esc_html( $text ) . '</p>';
		case 'stretch-routine':
			$plan = glute_knots_plan( isset( $attrs['stretches'] ) ? $attrs['stretches'] : '' );
			if ( ! $plan ) {
				$plan = glute_knots_plan( implode( ',', glute_knots_data()['defaultPlan'] ) );
			}
			$items = array();
			foreach ( $plan as $item ) {
				$own     = $exercises[ $item['id'] ];
				$items[] = glute_knots_dose_sentence(
					$w,
					$w['stretches'][ $item['id'] ],
					$item['id'],
					$own['kind'],
					$item['hold'] ?? glute_knots_whole( $attrs, 'hold', 5, 300 ) ?? $own['hold'],
					$item['reps'] ?? glute_knots_whole( $attrs, 'reps', 1, 20 ) ?? $own['reps'],
					$item['sides'] ?? $own['sides']
				);
			}
			$heading = isset( $attrs['heading'] ) ? $attrs['heading'] : $w['routineTitle'];
			return '<p>' . esc_html( $heading ) . '</p><ol>' . implode( '', array_map( fn( $s ) => '<li>' . esc_html( $s ) . '</li>', $items ) ) . '</ol><p>' . esc_html( $w['safety'] ) . '</p>';
		case 'causes-table':
			$caption = isset( $attrs['caption'] ) ? $attrs['caption'] : $w['tableCaption'];
			return '<p>' . esc_html( $caption ) . '</p>' . $list( array_values( $w['causes'] ) );
		case 'glute-knot-guide':
			$ids = isset( $attrs['sections'] ) ? array_map( 'trim', explode( ',', strtolower( $attrs['sections'] ) ) ) : array();
			$ids = array_values( array_intersect( $ids, array_keys( $w['sections'] ) ) );
			return $list( array_map( fn( $id ) => $w['sections'][ $id ], $ids ? $ids : array_keys( $w['sections'] ) ) );
		case 'glute-muscle-map':
			$muscles = isset( $attrs['muscle'], $w['muscles'][ $attrs['muscle'] ] ) ? array( $w['muscles'][ $attrs['muscle'] ] ) : array_values( $w['muscles'] );
			return '<p>' . esc_html( $w['mapCaption'] ) . '</p>' . $list( $muscles );
	}
	return '';
}
