/// The colour model and resist planning (BatikWax): see ColourModel.
