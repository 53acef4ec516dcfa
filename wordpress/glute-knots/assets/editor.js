/**
 * The blocks in the editor: each shows its element as a live preview, with its options in the block sidebar. The
 * options come from assets/editor-data.js, generated from custom-elements.json at build time. The routine block
 * shows the routine's own plan editor (`editable`) and keeps the block's `stretches` in step with it.
 * Plain script, no build step: wp.element.createElement instead of JSX.
 */
( function ( wp, blocksData ) {
	'use strict';
	var el = wp.element.createElement;
	var useRef = wp.element.useRef;
	var useEffect = wp.element.useEffect;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var c = wp.components;
	var __ = wp.i18n.__;
	var notInPreview = { autostart: true }; // a timer that starts by itself would run in the editor

	/** The element's attributes from the block's: booleans present or absent, the rest as text. */
	function elementProps( block, attributes ) {
		var props = {};
		block.options.forEach( function ( option ) {
			var value = attributes[ option.attribute ];
			if ( notInPreview[ option.attribute ] || value === undefined || value === null || value === '' || value === false ) {
				return;
			}
			props[ option.attribute ] = value === true ? '' : String( value );
		} );
		if ( block.tag === 'stretch-routine' ) {
			props.editable = '';
		}
		props.lang = document.documentElement.lang || 'en';
		return props;
	}

	/** "Values: a, b, c." after a description, for the options that take ids. */
	function help( option ) {
		var text = option.description.replace( /`([^`]*)`/g, '$1' ).replace( /\s+/g, ' ' ); // the manifest's Markdown, as plain text
		if ( option.kind === 'list' && option.values ) {
			text += ' ' + __( 'Values:', 'glute-knots' ) + ' ' + option.values.map( function ( v ) {
				return option.names && option.names[ v ] ? v + ' (' + option.names[ v ] + ')' : v;
			} ).join( ', ' ) + '.';
		}
		return text;
	}

	/** The sidebar control of one option. */
	function control( option, attributes, setAttributes ) {
		var value = attributes[ option.attribute ];
		var set = function ( next ) {
			var change = {};
			change[ option.attribute ] = next;
			setAttributes( change );
		};
		var common = { key: option.attribute, label: option.label, help: help( option ) };
		if ( option.kind === 'boolean' ) {
			return el( c.ToggleControl, Object.assign( common, { checked: !! value, onChange: set } ) );
		}
		if ( option.kind === 'choice' ) {
			var byDefault = __( 'Default', 'glute-knots' );
			var choices = [ { label: option.default ? byDefault + ' (' + option.default + ')' : byDefault, value: '' } ].concat(
				option.values.map( function ( v ) {
					return { label: option.names && option.names[ v ] ? option.names[ v ] + ' (' + v + ')' : v, value: v };
				} )
			);
			return el( c.SelectControl, Object.assign( common, { value: value || '', options: choices, onChange: function ( v ) {
				set( v === '' ? undefined : v );
			} } ) );
		}
		if ( option.kind === 'number' ) {
			return el( c.TextControl, Object.assign( common, {
				type: 'number', min: option.min, max: option.max, placeholder: option.default || '',
				value: value === undefined ? '' : value,
				onChange: function ( v ) {
					set( v === '' || isNaN( Number( v ) ) ? undefined : Number( v ) );
				},
			} ) );
		}
		return el( c.TextControl, Object.assign( common, {
			value: value || '', placeholder: option.default || '',
			onChange: function ( v ) {
				set( v === '' ? undefined : v );
			},
		} ) );
	}

	function edit( block ) {
		return function Edit( props ) {
			var ref = useRef();
			var setAttributes = props.setAttributes;
			useEffect( function () {
				var node = ref.current;
				if ( ! node || block.tag !== 'stretch-routine' ) {
					return undefined;
				}
				// The plan editor writes the plan to the element's `stretches` property, in the attribute's syntax (the
				// attribute itself follows at the element's next update).
				var onEdit = function () {
					setAttributes( { stretches: node.stretches || undefined } );
				};
				node.addEventListener( 'routine-edit', onEdit );
				return function () {
					node.removeEventListener( 'routine-edit', onEdit );
				};
			}, [ setAttributes ] );
			var preview = el( block.tag, Object.assign( { ref: ref }, elementProps( block, props.attributes ) ) );
			return el(
				'div',
				useBlockProps(),
				el(
					InspectorControls,
					null,
					el( c.PanelBody, { title: __( 'Options', 'glute-knots' ), initialOpen: true }, block.options.map( function ( option ) {
						return control( option, props.attributes, setAttributes );
					} ) )
				),
				preview
			);
		};
	}

	blocksData.forEach( function ( block ) {
		wp.blocks.registerBlockType( block.name, {
			edit: edit( block ),
			save: function () {
				return null; // dynamic: the server renders it
			},
		} );
	} );
}( window.wp, window.gluteKnotsBlocks ) );
