console.log('goldspan main placeholder')
